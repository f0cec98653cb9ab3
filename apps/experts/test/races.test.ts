import { givenOnce, identityOf, raceOnRow } from '@mieux/service-kit/testing';
import { ExpertAuditEntity } from '../src/expert/expert.entity';
import { APPLY, REVIEW, application, officer, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const applied = async (): Promise<string> => (await subgraph.execute<any>(APPLY, { input: application() })).data.applyToRoster.id;
const review = (id: string, status: string) => () =>
  subgraph.execute<any>(REVIEW, { id, status, reason: status === 'REFUSED' ? 'Outside the scope' : null }, officer);
const statusLines = async (id: string) =>
  (await subgraph.database.dataSource.getRepository(ExpertAuditEntity).findBy({ expertId: id })).map((a) => a.action).filter((a) => a !== 'APPLIED');

/** Each race below makes every call read the expert before any call writes it (raceOnRow). */
describe('compare-and-set of the roster status under forced races', () => {
  it('of 6 reviews of one application, activating and refusing, exactly one applies and is audited', async () => {
    const id = await applied();
    const results = await raceOnRow(
      subgraph,
      'expert',
      id,
      ['ACTIVE', 'REFUSED', 'ACTIVE', 'REFUSED', 'ACTIVE', 'REFUSED'].map((status) => review(id, status)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const decided = winners[0].data.reviewApplication.status;
    expect(await statusLines(id)).toEqual([`STATUS_${decided}`]);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0]).toMatchObject({ message: `Expert ${id} changed while this change was made; try again`, extensions: { code: 'CONFLICT' } });
    }
  });

  it('never leaves an expert who withdrew consent ACTIVE, whichever of withdrawal and activation writes first', async () => {
    const id = await applied();
    const withdraw = () => subgraph.execute<any>('mutation { withdrawConsent { status } }', {}, identityOf('EXPERT', { expertId: id }));
    const results = await raceOnRow(subgraph, 'expert', id, [withdraw, review(id, 'ACTIVE')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const [row] = await subgraph.database.dataSource.query('SELECT status, consent_withdrawn_at FROM expert WHERE id = ?', [id]);
    expect(row.consent_withdrawn_at === null || row.status !== 'ACTIVE').toBe(true);
  });

  it('refuses a profile change that read the expert before a withdrawal of consent that left the status as it was', async () => {
    // Refused, so withdrawing consent leaves the status REFUSED: only the consent tells the two reads apart.
    const id = await applied();
    await review(id, 'REFUSED')();
    const self = identityOf('EXPERT', { expertId: id });
    const withdraw = () => subgraph.execute<any>('mutation { withdrawConsent { status } }', {}, self);
    const update = () =>
      subgraph.execute<any>(
        'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { cvSummary } }',
        { input: { cvSummary: 'Read before the withdrawal' } },
        self,
      );
    const [withdrawn, updated] = await raceOnRow(subgraph, 'expert', id, [withdraw, update], { inOrder: true });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.withdrawConsent.status).toBe('REFUSED');
    expect(updated.errors?.[0]).toMatchObject({ message: `Expert ${id} changed while this change was made; try again`, extensions: { code: 'CONFLICT' } });
    const [row] = await subgraph.database.dataSource.query('SELECT cv_summary FROM expert WHERE id = ?', [id]);
    expect(row.cv_summary).not.toBe('Read before the withdrawal');
    expect(await statusLines(id)).toEqual(['STATUS_REFUSED', 'CONSENT_WITHDRAWN']);
  });
});
