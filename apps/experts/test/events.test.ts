import { parseEvent } from '@mieux/events';
import { OutboxEntity } from '@mieux/service-kit';
import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { APPLY, REVIEW, activeExpert, application, officer, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

/** The events written about one expert, in order. */
async function eventsOf(expertId: string) {
  const rows = await subgraph.database.dataSource.getRepository(OutboxEntity).find({ where: { aggregateId: expertId }, order: { position: 'ASC' } });
  return rows.map((row) => ({ ...parseEvent(row.body), body: row.body }));
}

describe("the roster's events", () => {
  it('are written with each change: applied, accepted with the public card, nothing for a refused move', async () => {
    const applied = await subgraph.execute<any>(APPLY, { input: application({ fullName: 'Marta Kowalska', email: 'marta@mswia.gov.pl' }) });
    const id = applied.data.applyToRoster.id;
    await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer);
    expect((await subgraph.execute(REVIEW, { id, status: 'APPLIED' }, officer)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const events = await eventsOf(id);
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['ExpertApplied', { expertId: id, status: 'APPLIED' }],
      // The anonymous facts the portfolio counts, without the name.
      ['ExpertFactsChanged', { expertId: id, employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'HR' }],
      [
        'ExpertAccepted',
        {
          expertId: id,
          card: {
            displayName: 'Marta Kowalska',
            status: 'ACTIVE',
            employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
            publicOfficial: true,
            nationality: 'HR',
            memberState: 'HR',
          },
        },
      ],
    ]);
    // Facts only: the e-mail, phone and CV never leave the roster.
    expect(events.map((event) => event.body).join()).not.toMatch(/marta@|\+385|Border police/);
  });

  it('say when consent is withdrawn and when the expert is erased, and the erasure carries no name', async () => {
    const id = await activeExpert(subgraph, { fullName: 'Jan Horvat' });
    const me = identityOf('EXPERT', { expertId: id });
    await subgraph.execute('mutation { updateMyProfile(input: { phone: "+385 2 000" }) { id } }', {}, me);
    await subgraph.execute('mutation { withdrawConsent { status } }', {}, me);
    await subgraph.execute('mutation($id: ID!) { eraseExpert(id: $id) { id } }', { id }, officer);
    await subgraph.execute('mutation($id: ID!) { eraseExpert(id: $id) { id } }', { id }, officer);
    const events = await eventsOf(id);
    // The erasure keeps the statistics: no new facts are told.
    expect(events.map((event) => event.type)).toEqual([
      'ExpertApplied',
      'ExpertFactsChanged',
      'ExpertAccepted',
      'ConsentWithdrawn',
      'ExpertCardChanged',
      'ExpertErased',
    ]);
    expect(events[4].payload).toMatchObject({ card: { displayName: 'Jan Horvat', status: 'INACTIVE' } });
    expect(events[5].payload).toEqual({ expertId: id, status: 'INACTIVE' });
  });
});
