import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { ExpertAuditEntity } from '../src/expert/expert.entity';
import { activeExpert, analyst, anonymous, officer, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const PROFILE = `id phone cvSummary thematicAreas subTopics languages regions countriesOfExperience { code } availability { from to }`;
const READ = `query($id: ID!) { expert(id: $id) { ${PROFILE} } }`;
const UPDATE = `mutation($input: ProfileInput!) { updateMyProfile(input: $input) { ${PROFILE} } }`;
const AVAILABILITY = `mutation($periods: [AvailabilityInput!]!) { setMyAvailability(periods: $periods) { id availability { from to } } }`;
const LIST = `query($filter: ExpertFilter) { experts(first: 50, filter: $filter) { totalCount edges { node { id } } } }`;
const audit = async (id: string) => (await subgraph.database.dataSource.getRepository(ExpertAuditEntity).findBy({ expertId: id })).map((a) => a.action);
const ids = async (filter: Record<string, unknown>) => (await subgraph.execute<any>(LIST, { filter }, analyst)).data.experts.edges.map((e: any) => e.node.id);

describe('updateMyProfile', () => {
  it('changes the fields given, leaves the others, re-indexes areas and languages, and audits the change', async () => {
    const id = await activeExpert(subgraph);
    const me = identityOf('EXPERT', { expertId: id });
    const updated = await subgraph.execute<any>(
      UPDATE,
      {
        input: {
          phone: ' +385 1 999 ',
          cvSummary: ' Asylum case worker. ',
          thematicAreas: ['INTERNATIONAL_PROTECTION_AND_ASYLUM', 'INTERNATIONAL_PROTECTION_AND_ASYLUM'],
          languages: ['de'],
          countriesOfExperience: ['ma'],
        },
      },
      me,
    );
    const expected = {
      id,
      phone: '+385 1 999',
      cvSummary: 'Asylum case worker.',
      thematicAreas: ['INTERNATIONAL_PROTECTION_AND_ASYLUM'],
      subTopics: ['BORDER_AND_VISA_MANAGEMENT'],
      languages: ['de'],
      regions: ['AFRICA'],
      countriesOfExperience: [{ code: 'MA' }],
      availability: [{ from: '2027-01-01', to: '2027-12-31' }],
    };
    expect(updated.data.updateMyProfile).toEqual(expected);
    expect((await subgraph.execute<any>(READ, { id }, officer)).data.expert).toEqual(expected);
    expect(await ids({ thematicArea: 'INTERNATIONAL_PROTECTION_AND_ASYLUM' })).toContain(id);
    expect(await ids({ thematicArea: 'IRREGULAR_MIGRATION_AND_TRAFFICKING' })).not.toContain(id);
    expect(await ids({ language: 'de' })).toContain(id);
    expect(await ids({ language: 'fr' })).not.toContain(id);
    expect(await audit(id)).toEqual(['APPLIED', 'STATUS_ACTIVE', 'PROFILE_UPDATED']);
    const cleared = await subgraph.execute<any>(UPDATE, { input: { phone: null } }, me);
    expect(cleared.data.updateMyProfile).toEqual({ ...expected, phone: null });
  });

  it('refuses bad data field by field, and anyone but an expert about their own data', async () => {
    const id = await activeExpert(subgraph);
    const bad = await subgraph.execute(
      UPDATE,
      { input: { languages: ['xx'], subTopics: ['NOPE'], countriesOfExperience: ['QQ'] } },
      identityOf('EXPERT', { expertId: id }),
    );
    expect(bad.errors?.[0]).toMatchObject({
      message:
        'Invalid input: input.subTopics.0: "NOPE" is not a sub-topic; input.languages.0: "xx" is not an ISO 639-1 language code; input.countriesOfExperience.0: "QQ" is not a known country code',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await subgraph.execute(UPDATE, { input: { phone: '1' } }, officer)).errors?.[0]).toMatchObject({
      message: 'This needs one of the roles EXPERT',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await subgraph.execute(UPDATE, { input: { phone: '1' } }, anonymous)).errors?.[0]).toMatchObject({
      message: 'Sign in to do this',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await audit(id)).toEqual(['APPLIED', 'STATUS_ACTIVE']);
  });
});

describe('setMyAvailability', () => {
  it('replaces the periods, audits it, and refuses a period that ends before it starts', async () => {
    const id = await activeExpert(subgraph);
    const me = identityOf('EXPERT', { expertId: id });
    const periods = [
      { from: '2028-01-10', to: '2028-02-10' },
      { from: '2028-06-01', to: '2028-06-01' },
    ];
    expect((await subgraph.execute<any>(AVAILABILITY, { periods }, me)).data.setMyAvailability).toEqual({ id, availability: periods });
    expect((await subgraph.execute<any>(READ, { id }, me)).data.expert.availability).toEqual(periods);
    const bad = await subgraph.execute(AVAILABILITY, { periods: [{ from: '2028-03-01', to: '2028-02-01' }] }, me);
    // The field is named after the validator's own path (periods.availability.0) rather than the argument (periods.0).
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Invalid input: periods\.(availability\.)?0: must run from a date to the same or a later date$/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await subgraph.execute<any>(READ, { id }, me)).data.expert.availability).toEqual(periods);
    expect(await audit(id)).toEqual(['APPLIED', 'STATUS_ACTIVE', 'AVAILABILITY_SET']);
    expect((await subgraph.execute(AVAILABILITY, { periods }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
