import { callerId, revertLastMigration } from '@mieux/service-kit';
import { bothDatabases, identityOf } from '@mieux/service-kit/testing';
import type { DataSource } from 'typeorm';
import { requestsService } from '../src/service';
import { RECORD, SUBMIT, analyst, committee, expressionOfInterest, officer, otherPartner, partner, type Subgraph } from './fixtures';

const HISTORY = `query($id: ID!) { request(id: $id) { history { to by actorId actorSubject role } } }`;
const admin = identityOf('ADMIN');

/** Reverts the migrations down to and including `name`, the latest first, as `npm run migrate -- down` does. */
async function undoThrough(dataSource: DataSource, name: string): Promise<void> {
  let reverted: string | null;
  do {
    reverted = await revertLastMigration(dataSource);
    if (reverted === null) throw new Error(`${name} is not applied`);
  } while (reverted !== name);
}

describe.each(bothDatabases(requestsService))("a request's history on %s", (_, start: () => Promise<Subgraph>) => {
  let subgraph: Subgraph;
  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph?.close());

  const submitted = async (as = identityOf(null)) => {
    const result = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest() }, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.submitExpressionOfInterest.id as string;
  };
  const historyAs = async (id: string, as: ReturnType<typeof identityOf>) => {
    const result = await subgraph.execute<any>(HISTORY, { id }, as);
    expect(result.errors).toBeUndefined();
    return result.data.request.history;
  };

  it('records who by role and opaque id; project officers alone read the sign-in behind it', async () => {
    const id = await submitted();
    await subgraph.execute(RECORD, { id }, officer);
    const byActor = [
      { to: 'EXPRESSION_OF_INTEREST', by: null, actorId: null, role: null },
      { to: 'SUBMITTED', by: callerId(officer), actorId: callerId(officer), role: 'PROJECT_OFFICER' },
    ];
    for (const reader of [officer, admin]) {
      expect(await historyAs(id, reader)).toEqual([
        { ...byActor[0], actorSubject: null },
        { ...byActor[1], actorSubject: officer.sub },
      ]);
    }
    for (const reader of [analyst, committee]) {
      const history = await historyAs(id, reader);
      expect(history).toEqual(byActor.map((line) => ({ ...line, actorSubject: null })));
      expect(JSON.stringify(history)).not.toContain('@');
    }
  });

  it('migrates histories recorded by sign-in: ids for the sign-ins, kept apart for officers; none for a first line naming the contact; the submitter of each request', async () => {
    const anonymous = await submitted();
    await subgraph.execute(RECORD, { id: anonymous }, officer);
    // A partner signed in, naming someone else as contact.
    const signedIn = await submitted(otherPartner);
    const { dataSource } = subgraph.database;
    await undoThrough(dataSource, 'HistoryActors1765700000000');
    const before = (id: string) => dataSource.query(`SELECT actor, role FROM request_transition WHERE request_id = ? ORDER BY id`, [id]);
    // As the history was recorded before: the anonymous form under its contact, as a partner.
    expect(await before(anonymous)).toEqual([
      { actor: 'focal.point@interior.gov.sn', role: 'PARTNER' },
      { actor: officer.sub, role: 'PROJECT_OFFICER' },
    ]);
    expect(await before(signedIn)).toEqual([{ actor: otherPartner.sub, role: 'PARTNER' }]);
    // A sign-in differing in case only is another caller.
    const shouting = officer.sub!.toUpperCase();
    await dataSource.query(
      `INSERT INTO request_transition (request_id, from_status, to_status, at, actor, role) VALUES (?, 'SUBMITTED', 'SUBMITTED', ?, ?, 'PROJECT_OFFICER')`,
      [anonymous, '2026-01-01 12:00:00.000', shouting],
    );

    await dataSource.runMigrations({ transaction: 'each' });
    expect((await historyAs(anonymous, officer)).map((line: any) => [line.actorId, line.actorSubject, line.role])).toEqual([
      [null, null, 'PARTNER'],
      [callerId(officer), officer.sub, 'PROJECT_OFFICER'],
      [callerId({ ...officer, sub: shouting }), shouting, 'PROJECT_OFFICER'],
    ]);
    expect((await historyAs(signedIn, officer)).map((line: any) => [line.actorId, line.actorSubject])).toEqual([[callerId(otherPartner), otherPartner.sub]]);
    expect(JSON.stringify(await historyAs(anonymous, analyst))).not.toContain('@');
    expect((await dataSource.query(`SELECT * FROM request_transition`)).every((line: object) => !('actor' in line))).toBe(true);
    // A partner keeps what it submitted signed in, not a request whose contact names its e-mail.
    const READ = `query($id: ID!) { request(id: $id) { id } }`;
    expect((await subgraph.execute<any>(READ, { id: signedIn }, otherPartner)).data.request).toEqual({ id: signedIn });
    expect((await subgraph.execute<any>(READ, { id: anonymous }, partner)).data.request).toBeNull();
  });
});
