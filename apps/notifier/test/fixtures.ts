import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectToServer } from '@mieux/service-kit';
import { daysFromToday, eventsEnv, identityOf, startBuiltService, type BuiltService } from '@mieux/service-kit/testing';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../src/mail/mail.catcher';

export const officer = identityOf('PROJECT_OFFICER');
export const committee = identityOf('STEERING_COMMITTEE');
export const anonymous = identityOf(null);
const TODAY = daysFromToday(0);

/** The project officer coordinating Africa, written to in English. */
export const OFFICER = { signIn: 'oumar.ba@mieux.example.eu', displayName: 'Oumar Ba', email: 'oumar.ba@mieux.example.eu', language: 'EN' };

/** An expression of interest from Senegal, its contact named and written to in their language. */
export function expressionOfInterest(contact: { name: string; email: string; language: 'EN' | 'FR' }, title: string) {
  return {
    title,
    countryCode: 'SN',
    institutions: [{ name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION', countryCode: 'SN' }],
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

/** The requests service and the notifier as processes on the real NATS server, and an SMTP catcher they write to. */
export interface NotifierRig {
  requests: BuiltService;
  notifier: BuiltService;
  catcher: MailCatcher;
  /** Runs SQL on one of the two services' databases. */
  sql<T = unknown>(on: BuiltService, statement: string, values?: unknown[]): Promise<T[]>;
  /** Waits until the mails caught satisfy `done`, and returns them. */
  mails(done: (caught: CaughtMail[]) => boolean, timeoutMs?: number): Promise<CaughtMail[]>;
  /** Waits until the notifier's consumers have nothing left to take. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

export async function startRig(): Promise<NotifierRig> {
  const folder = mkdtempSync(join(tmpdir(), 'mieux-mail-'));
  const catcher = await startMailCatcher({ port: 0, folder });
  const events = eventsEnv('nats');
  const requests = await startBuiltService('requests', events);
  const notifier = await startBuiltService('notifier', {
    ...events,
    REQUESTS_URL: requests.url,
    SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    MAIL_FROM: 'MIEUX+ <no-reply@mieux.example.eu>',
    // Everything it says, so that the test sees no personal data in any of it.
    LOG_LEVEL: 'debug',
  });
  const server = await connectToServer(requests.database.databaseUrl);
  const until = async <T>(value: () => Promise<T> | T, done: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await value();
      if (done(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms; notifier said:\n${notifier.output().slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const readyUrl = notifier.url.replace(/\/graphql$/, '/ready');
  return {
    requests,
    notifier,
    catcher,
    async sql<T>(on: BuiltService, statement: string, values: unknown[] = []) {
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
      await notifier?.close();
      await requests?.close();
      await catcher?.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
