import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { ExpertAuditEntity, ExpertEntity } from '../src/expert/expert.entity';
import { APPLY, REVIEW, activeExpert, application, officer, startExperts, type Subgraph } from './fixtures';

/**
 * Erasure is final: after `eraseExpert`, no mutation of the experts service writes about the expert
 * again (a repeated erasure writes nothing personal), and without consent the profile is no longer
 * processed. Each mutation is tried with the expert's own token, as the attack did.
 */
let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const rowOf = (id: string) => subgraph.database.dataSource.getRepository(ExpertEntity).findOneByOrFail({ id });
const auditLines = (id: string) => subgraph.database.dataSource.getRepository(ExpertAuditEntity).countBy({ expertId: id });
const PROFILE = `mutation { updateMyProfile(input: { phone: "+33 1 23 45 67 89", cvSummary: "A new CV" }) { id } }`;
const AVAILABILITY = `mutation { setMyAvailability(periods: [{ from: "2028-01-01", to: "2028-02-01" }]) { id } }`;
const WITHDRAW = `mutation { withdrawConsent { id } }`;
const ERASE = `mutation($id: ID!) { eraseExpert(id: $id) { id erased } }`;

async function erasedExpert() {
  const id = await activeExpert(subgraph);
  const self = identityOf('EXPERT', { expertId: id });
  const erased = await subgraph.execute<any>(ERASE, { id }, self);
  expect(erased.data.eraseExpert.erased).toBe(true);
  return { id, self, before: await rowOf(id), lines: await auditLines(id) };
}

/** The call is refused as a CONFLICT naming the erasure, and the row and its audit are as they were. */
async function expectRefusedAndUnchanged(id: string, before: object, lines: number, call: Promise<{ errors?: readonly any[] }>) {
  const { errors } = await call;
  expect(errors?.[0]).toMatchObject({
    message: 'This expert was erased: nothing is written about them again',
    extensions: { code: 'CONFLICT', reason: 'EXPERT_ERASED' },
  });
  expect(await rowOf(id)).toEqual(before);
  expect(await auditLines(id)).toBe(lines);
}

describe('an erased expert', () => {
  it('cannot write a profile back (updateMyProfile)', async () => {
    const { id, self, before, lines } = await erasedExpert();
    await expectRefusedAndUnchanged(id, before, lines, subgraph.execute(PROFILE, {}, self));
    expect(before).toMatchObject({ fullName: null, email: null, phone: null, cvSummary: null });
  });

  it('cannot set availability (setMyAvailability)', async () => {
    const { id, self, before, lines } = await erasedExpert();
    await expectRefusedAndUnchanged(id, before, lines, subgraph.execute(AVAILABILITY, {}, self));
  });

  it('cannot withdraw consent again (withdrawConsent)', async () => {
    const { id, self, before, lines } = await erasedExpert();
    await expectRefusedAndUnchanged(id, before, lines, subgraph.execute(WITHDRAW, {}, self));
  });

  it('cannot be reviewed, even refused with a reason (reviewApplication)', async () => {
    const { id, before, lines } = await erasedExpert();
    for (const [status, reason] of [
      ['REFUSED', 'Not suitable'],
      ['INACTIVE', null],
      ['ACTIVE', null],
    ])
      await expectRefusedAndUnchanged(id, before, lines, subgraph.execute(REVIEW, { id, status, reason }, officer));
  });

  it('is not written again by a repeated erasure (eraseExpert), nor by a replayed application (applyToRoster)', async () => {
    const input = application();
    const mutation = `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input, idempotencyKey: "erasure-replay") { id } }`;
    const { data } = await subgraph.execute<any>(mutation, { input });
    const id = data.applyToRoster.id;
    await subgraph.execute(ERASE, { id }, officer);
    const before = await rowOf(id);
    expect((await subgraph.execute<any>(ERASE, { id }, officer)).data.eraseExpert.erased).toBe(true);
    const replay = await subgraph.execute<any>(mutation, { input });
    expect(replay.data.applyToRoster.id).toBe(id);
    expect(await rowOf(id)).toEqual(before);
  });

  it('of a refused applicant loses the refusal reason, which is personal', async () => {
    const { data } = await subgraph.execute<any>(APPLY, { input: application() });
    const id = data.applyToRoster.id;
    await subgraph.execute(REVIEW, { id, status: 'REFUSED', reason: 'Not enough experience in the field' }, officer);
    await subgraph.execute(ERASE, { id }, officer);
    expect((await rowOf(id)).refusalReason).toBeNull();
  });
});

describe('an expert who withdrew consent', () => {
  it('cannot update the profile or availability, and stays withdrawn', async () => {
    const id = await activeExpert(subgraph);
    const self = identityOf('EXPERT', { expertId: id });
    await subgraph.execute(WITHDRAW, {}, self);
    const before = await rowOf(id);
    for (const call of [PROFILE, AVAILABILITY]) {
      const { errors } = await subgraph.execute(call, {}, self);
      expect(errors?.[0]).toMatchObject({
        message: 'This expert withdrew consent: their profile is no longer processed (apply again to give consent)',
        extensions: { code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN' },
      });
    }
    expect(await rowOf(id)).toEqual(before);
    expect((await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a refusal reason', () => {
  it('is read by project officers and the applicant, never by other roles', async () => {
    const { data } = await subgraph.execute<any>(APPLY, { input: application() });
    const id = data.applyToRoster.id;
    await subgraph.execute(REVIEW, { id, status: 'REFUSED', reason: 'Not enough experience in the field' }, officer);
    const read = async (as: ReturnType<typeof identityOf>) =>
      (await subgraph.execute<any>(`query($id: ID!) { expert(id: $id) { refusalReason } }`, { id }, as)).data.expert?.refusalReason ?? null;
    expect(await read(officer)).toBe('Not enough experience in the field');
    expect(await read(identityOf('EXPERT', { expertId: id }))).toBe('Not enough experience in the field');
    for (const role of ['ANALYST', 'STEERING_COMMITTEE', 'PARTNER'] as const) expect(await read(identityOf(role))).toBeNull();
  });
});
