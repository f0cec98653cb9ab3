import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectToServer, createLogger, loadConfig, openServiceDatabase, startWorker, type ServiceConfig, type Worker } from '@mieux/service-kit';
import { createTestDatabase, daysFromToday, eventsEnv, freePort, identityOf, startBuiltService, type BuiltService } from '@mieux/service-kit/testing';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../src/mail/mail.catcher';
import { notifierService } from '../src/service';

export const officer = identityOf('PROJECT_OFFICER');
export const committee = identityOf('STEERING_COMMITTEE');
export const anonymous = identityOf(null);
const TODAY = daysFromToday(0);

/** The project officer coordinating Africa, written to in English. */
export const OFFICER = { signIn: 'oumar.ba@mieux.example.eu', displayName: 'Oumar Ba', email: 'oumar.ba@mieux.example.eu', language: 'EN' };

export type Contact = { name: string; email: string; language: 'EN' | 'FR' };

/** An expression of interest (from Senegal unless said), its contact named and written to in their language. */
export function expressionOfInterest(contact: { name: string; email: string; language: 'EN' | 'FR' }, title: string, countryCode = 'SN') {
  return {
    title,
    countryCode,
    institutions: [{ name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION', countryCode }],
    contact: { ...contact, phone: '+221 33 000 00 00' },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    description: 'Support to draft a national labour migration policy.',
  };
}

export const SUBMIT = `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id reference trackingCode } }`;
export const SAVE_OFFICER = `mutation($input: ProjectOfficerInput!) { saveProjectOfficer(input: $input) { id } }`;
/** From SUBMITTED to APPROVED, each step by the role that takes it. */
export const TO_DECISION = [
  [
    `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MIN/2026/77", receivedOn: "${TODAY}", channel: EU_DELEGATION }) { status } }`,
    officer,
  ],
  ['mutation($id: ID!) { assessEligibility(id: $id) { status } }', officer],
  [
    'mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A labour migration policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 2 }] }) { status } }',
    officer,
  ],
] as const;
export const DECIDE = `mutation($id: ID!, $outcome: DecisionOutcome!) { decideRequest(id: $id, input: { outcome: $outcome, body: DG_INTPA, rationale: "Demand-driven", decidedOn: "${TODAY}" }) { status } }`;

export const ACTIONS = {
  create: 'mutation($requestId: ID!) { createAction(input: { requestId: $requestId }) { id reference } }',
  plan: `mutation($actionId: ID!) { planActivity(actionId: $actionId, input: { type: INFORMATION_EXCHANGE, format: WORKSHOP, title: "Border management training", startsOn: "${daysFromToday(60)}", endsOn: "${daysFromToday(62)}", countryCode: "SN" }) { id } }`,
  deploy: 'mutation($activityId: ID!, $expertId: ID!) { deployExpert(activityId: $activityId, expertId: $expertId, role: LEAD_EXPERT) { id } }',
  invite:
    'mutation($activityId: ID!, $expertId: ID!) { inviteExpert(activityId: $activityId, expertId: $expertId, role: LEAD_EXPERT, termsOfReference: "Train 20 border officers on document fraud") { id expiresAt } }',
  respond: 'mutation($id: ID!, $accept: Boolean!) { respondToInvitation(id: $id, accept: $accept, reason: "On mission abroad") { status } }',
  withdraw: 'mutation($id: ID!) { withdrawInvitation(id: $id, reason: "Oumar Ba found a closer expert") { status } }',
  cancel: 'mutation($id: ID!) { setActivityStatus(id: $id, status: CANCELLED) { status } }',
  endFutureDeployments: 'mutation($expertId: ID!) { endFutureDeployments(expertId: $expertId) { id } }',
};
export const EXPERTS = {
  apply: 'mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }',
  accept: 'mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }',
};

/** An application to the roster of an expert who reads French first. */
export function application(fullName: string, email: string) {
  return {
    fullName,
    email,
    phone: '+33 1 00 00 00 00',
    nationality: 'FR',
    employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
    publicOfficial: true,
    memberState: 'FR',
    thematicAreas: ['IRREGULAR_MIGRATION_AND_TRAFFICKING'],
    subTopics: ['BORDER_AND_VISA_MANAGEMENT'],
    languages: ['fr', 'en'],
    regions: ['AFRICA'],
    countriesOfExperience: ['SN'],
    availability: [{ from: daysFromToday(1), to: daysFromToday(300) }],
    cvSummary: 'Border police trainer.',
    consent: true,
    privacyNoticeVersion: '2018.1',
  };
}

/** Where a part of the rig keeps its data. */
interface HasDatabase {
  database: { databaseName: string };
}

/**
 * The requests, actions and experts services as processes on the real NATS server, or pulled over their
 * `/events` without NATS (the requests one can be killed and started again), the notifier in the test's process on the same streams and its own
 * MySQL database, as `npm start` would run it but with its log lines kept, and an SMTP catcher over TCP.
 */
export interface NotifierRig {
  /** The events' configuration every part shares (NATS server and stream prefix), for another process to join. */
  events: Record<string, string>;
  requests: BuiltService;
  actions: BuiltService;
  experts: BuiltService;
  notifier: Worker & HasDatabase & { config: ServiceConfig; output(): string };
  catcher: MailCatcher;
  /** Runs SQL on one of the services' databases. */
  sql<T = unknown>(on: HasDatabase, statement: string, values?: unknown[]): Promise<T[]>;
  /** Waits until the mails caught satisfy `done`, and returns them. */
  mails(done: (caught: CaughtMail[]) => boolean, timeoutMs?: number): Promise<CaughtMail[]>;
  /** Waits until the notifier's consumers have nothing left to take. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** `actionsEnv` configures the actions service further (a short invitation TTL, a sweep every second). */
export async function startRig(transport: 'nats' | 'outbox' = 'nats', actionsEnv: Record<string, string> = {}): Promise<NotifierRig> {
  const folder = mkdtempSync(join(tmpdir(), 'mieux-mail-'));
  const catcher = await startMailCatcher({ port: 0, folder });
  const events = eventsEnv(transport);
  const requests = await startBuiltService('requests', events);
  const experts = await startBuiltService('experts', events);
  const actions = await startBuiltService('actions', { ...events, REQUESTS_URL: requests.url, EXPERTS_URL: experts.url, ...actionsEnv });
  const database = await createTestDatabase('notifier');
  const config = loadConfig('notifier', {
    ...events,
    NODE_ENV: 'test',
    PORT: String(await freePort()),
    DATABASE_URL: database.databaseUrl,
    DATABASE_NAME: database.databaseName,
    REQUESTS_URL: requests.url,
    ACTIONS_URL: actions.url,
    EXPERTS_URL: experts.url,
    SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    MAIL_FROM: 'MIEUX+ <no-reply@mieux.example.eu>',
  });
  // Everything it says, at debug, so that the test sees no personal data in any of it.
  const lines: string[] = [];
  const logger = createLogger('notifier', 'debug', false, { write: (line: string) => void lines.push(line) });
  const worker = await startWorker(notifierService, config, logger, await openServiceDatabase(config, notifierService, logger));
  const notifier = { ...worker, database, config, output: () => lines.join('') };
  const server = await connectToServer(requests.database.databaseUrl);
  const until = async <T>(value: () => Promise<T> | T, done: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await value();
      if (done(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms; the notifier said:\n${notifier.output().slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const readyUrl = `http://127.0.0.1:${worker.port}/ready`;
  return {
    events,
    requests,
    actions,
    experts,
    notifier,
    catcher,
    async sql<T>(on: HasDatabase, statement: string, values: unknown[] = []) {
      await server.query(`USE \`${on.database.databaseName}\``);
      return (await server.query(statement, values))[0] as T[];
    },
    mails: (done, timeoutMs = 20_000) => until(() => [...catcher.caught], done, timeoutMs, 'the e-mails expected did not arrive'),
    async caughtUp() {
      await until(
        async () => ((await (await fetch(readyUrl)).json()) as { events: { consumers: { lag: number | null }[] } }).events.consumers,
        (consumers) => consumers.every((c) => c.lag === 0),
        20_000,
        'the notifier did not catch up',
      );
    },
    async close() {
      await server.end();
      await worker.stop();
      await database.drop();
      await Promise.all([requests.close(), actions.close(), experts.close()]);
      await catcher?.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Runs an operation on a service and answers its one root field, failing on any error. */
export async function mustAnswer<T = any>(
  service: { query: NotifierRig['requests']['query'] },
  query: string,
  variables: Record<string, unknown>,
  as = officer,
): Promise<T> {
  const answer = await service.query<any>(query, variables, as);
  expect(answer.errors ?? []).toEqual([]);
  return Object.values(answer.data)[0] as T;
}

/** An expression of interest submitted anonymously. */
export async function submitAs(
  rig: NotifierRig,
  contact: Contact,
  title: string,
  countryCode?: string,
): Promise<{ id: string; reference: string; trackingCode: string }> {
  return mustAnswer(rig.requests, SUBMIT, { input: expressionOfInterest(contact, title, countryCode) }, anonymous);
}

/** A request submitted and taken to the Steering Committee's decision. */
export async function decide(
  rig: NotifierRig,
  contact: Contact,
  title: string,
  outcome: string,
  countryCode?: string,
): Promise<{ id: string; reference: string }> {
  const request = await submitAs(rig, contact, title, countryCode);
  for (const [mutation, who] of TO_DECISION) await mustAnswer(rig.requests, mutation, { id: request.id }, who);
  await mustAnswer(rig.requests, DECIDE, { id: request.id, outcome }, committee);
  return request;
}

/** The e-mails to one address. */
export const to = (address: string) => (mail: CaughtMail) => mail.to.includes(address);

/** An expert's own token. */
export const expertOf = (expertId: string) => identityOf('EXPERT', { expertId, sub: `${expertId}@example.org` });

/** An ACTIVE expert of the roster, who reads `languages` in that order. */
export async function rostered(rig: NotifierRig, fullName: string, email: string, languages: string[]): Promise<string> {
  const { id } = await mustAnswer<{ id: string }>(rig.experts, EXPERTS.apply, { input: { ...application(fullName, email), languages } }, anonymous);
  await mustAnswer(rig.experts, EXPERTS.accept, { id });
  return id;
}

/** An approved request's Action (from Senegal, whose coordinator is in charge, unless said) and one of its activities. */
export async function actionWithActivity(
  rig: NotifierRig,
  contact: Contact,
  title: string,
  countryCode?: string,
): Promise<{ action: { id: string; reference: string }; activityId: string }> {
  const request = await decide(rig, contact, title, 'APPROVED', countryCode);
  const action = await mustAnswer<{ id: string; reference: string }>(rig.actions, ACTIONS.create, { requestId: request.id });
  const activity = await mustAnswer<{ id: string }>(rig.actions, ACTIONS.plan, { actionId: action.id });
  return { action, activityId: activity.id };
}
