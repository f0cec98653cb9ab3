import { randomBytes, randomInt } from 'node:crypto';
import { callerId, connectToServer } from '@mieux/service-kit';
import { officer, startGraph, SUBGRAPHS, testDatabaseUrl, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import type { ServiceName, SubgraphName } from '@mieux/service-kit/registry';
import { answer, rosterApplication } from './people';

/**
 * The logs of every process (gateway and subgraphs, at their most verbose level) after calls that
 * fail in every way a log could take personal data from: a refused INSERT, a duplicate key, a refused
 * UPDATE, a subgraph away behind the gateway, a 300 kB field and operation name. The database is
 * changed under the services (narrower columns, a unique index) so that real statements fail.
 */
let graph: RunningGraph;
/** Everything the processes wrote, kept across restarts. */
const written: string[] = [];
beforeAll(async () => {
  graph = await startGraph({ env: { LOG_LEVEL: 'trace' } });
}, 240_000);
afterAll(async () => {
  await graph?.close();
}, 60_000);

const ALL: ServiceName[] = [...SUBGRAPHS, 'gateway'];
const logs = () => [...written, ...ALL.map((name) => graph.output(name))].join('\n');

/** A person of this run alone: nothing else can have written their name, e-mail or phone. */
function person() {
  const id = randomBytes(4).toString('hex');
  return { name: `Astrid Lindqvist ${id}`, email: `astrid.${id}@gov.example.eu`, phone: `+46 70 ${randomInt(1_000_000, 9_999_999)}` };
}
const people: ReturnType<typeof person>[] = [];
const someone = () => {
  const p = person();
  people.push(p);
  return p;
};

async function alter(service: SubgraphName, statement: string): Promise<void> {
  const admin = await connectToServer(testDatabaseUrl());
  try {
    await admin.query(`USE \`${graph.databases[service]}\``);
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

const SUBMIT = `mutation Submit($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`;
const interest = (contact: { name: string; email: string; phone?: string }, description = 'Support to a labour migration policy') => ({
  title: 'Labour migration governance',
  countryCode: 'GH',
  description,
  institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
  contact,
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
});
const APPLY = `mutation Apply($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }`;
const application = (p: { name: string; email: string; phone: string }) => ({
  ...rosterApplication(p.name, p.email),
  phone: p.phone,
  cvSummary: `Labour migration official, reachable at ${p.email} or ${p.phone}`,
});
const UPDATE = `mutation Update($input: ProfileInput!) { updateMyProfile(input: $input) { id } }`;

describe('logs of failing calls', () => {
  it('a refused INSERT is an internal error for the client', async () => {
    await alter('requests', 'ALTER TABLE request MODIFY contact_phone VARCHAR(4) NULL');
    const contact = someone();
    const { errors } = await graph.query(SUBMIT, { input: interest(contact) });
    expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('a duplicate key and a refused UPDATE by a signed-in expert are internal errors for the client', async () => {
    const expert = someone();
    const { id } = await answer<{ id: string }>(graph, APPLY, { input: application(expert) });
    await answer(graph, `mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }`, { id }, officer);
    await alter('experts', 'ALTER TABLE expert ADD UNIQUE INDEX expert_email_unique_in_test (email)');
    expect((await graph.query(APPLY, { input: application({ ...someone(), email: expert.email }) })).errors?.[0].extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );

    // Room for the phones written so far, not for a longer one.
    await alter('experts', `ALTER TABLE expert MODIFY phone VARCHAR(${expert.phone.length}) NULL`);
    const asExpert: Caller = { role: 'EXPERT', sub: expert.email, expertId: id };
    const changed = someone();
    changed.phone = `${changed.phone} 42`;
    const { errors } = await graph.query(UPDATE, { input: { phone: changed.phone, cvSummary: `Write to ${changed.email}` } }, asExpert);
    expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('a 300 kB field or operation name from an anonymous caller grows no log by more than a few kilobytes', async () => {
    const before = logs().length;
    const large = 'x'.repeat(300_000);
    const refused = await graph.query(SUBMIT, { input: interest({ ...someone(), name: large }, large) });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const named = await graph.query(`query Q${large} { countries { code } }`);
    expect(named.status).toBe(200);
    expect(logs().length - before).toBeLessThan(40_000);
  });

  it('a signed-in caller whose call meets a subgraph that is away', async () => {
    const caller = someone();
    await graph.stop('experts');
    const { errors } = await graph.query(UPDATE, { input: { phone: caller.phone } }, { role: 'EXPERT', sub: caller.email, expertId: '1' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'experts' });
    // The gateway's warning names the caller by a digest, never by the token's subject.
    const warning = graph
      .output('gateway')
      .split('\n')
      .find((line) => line.includes('subgraph call failed'));
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 'warn', caller: callerId({ sub: caller.email, roles: ['EXPERT'], expertId: '1' }) });
    written.push(graph.output('experts'));
    await graph.start('experts');
  }, 120_000);

  it('leave no name, e-mail or phone of anyone in any process’s log, and no SQL parameters', () => {
    const all = logs();
    // The failures above were logged: the test reads the lines it means to read.
    expect(all).toMatch(/sql statement failed|unexpected error/);
    expect(all).toContain('subgraph call failed');
    for (const p of people) {
      expect(all).not.toContain(p.email);
      expect(all).not.toContain(p.phone);
      expect(all).not.toContain(p.name);
    }
    expect(all).not.toMatch(/"parameters"|"sqlMessage"/);
  });
});
