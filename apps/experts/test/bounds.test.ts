import { bothDatabases, givenOnce, identityOf, refusal } from '@mieux/service-kit/testing';
import { expertsService } from '../src/service';
import { activeExpert, application, type Subgraph } from './fixtures';

/**
 * Every input is bounded before the database, on MySQL and on the embedded database alike: what
 * does not fit its column is BAD_USER_INPUT naming the field, never an internal error (MySQL) nor
 * silently stored (sql.js).
 */
const APPLY = `mutation($input: RosterApplicationInput!, $key: String) { applyToRoster(input: $input, idempotencyKey: $key) { id } }`;
const PROFILE = `mutation($input: ProfileInput!) { updateMyProfile(input: $input) { id } }`;
const AVAILABILITY = `mutation($periods: [AvailabilityInput!]!) { setMyAvailability(periods: $periods) { id } }`;

describe.each(bothDatabases(expertsService))('bounded inputs of the experts service on %s', (_, start: () => Promise<Subgraph>) => {
  let subgraph: Subgraph;
  // Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
  beforeEach(
    givenOnce(async () => {
      subgraph = await start();
    }),
    60_000,
  );
  afterAll(() => subgraph?.close());

  const refusedOn = async (field: string, call: ReturnType<Subgraph['execute']>) => expect(await refusal(call)).toEqual({ code: 'BAD_USER_INPUT', field });

  it('refuses text longer than its column, a NUL byte, a lone surrogate and an over-long key', async () => {
    await refusedOn('input.phone', subgraph.execute(APPLY, { input: application({ phone: '1'.repeat(41) }) }));
    await refusedOn('input.fullName', subgraph.execute(APPLY, { input: application({ fullName: 'A'.repeat(201) }) }));
    await refusedOn('input.email', subgraph.execute(APPLY, { input: application({ email: `${'a'.repeat(250)}@x.org` }) }));
    await refusedOn('input.cvSummary', subgraph.execute(APPLY, { input: application({ cvSummary: 'a\u0000b' }) }));
    await refusedOn('input.fullName', subgraph.execute(APPLY, { input: application({ fullName: 'Ana \uD800' }) }));
    await refusedOn('idempotencyKey', subgraph.execute(APPLY, { input: application(), key: 'k'.repeat(101) }));
  });

  it('refuses 5,000 availability periods, an empty profile update and over-long profile text', async () => {
    const self = identityOf('EXPERT', { expertId: await activeExpert(subgraph) });
    const periods = Array.from({ length: 5000 }, () => ({ from: '2027-01-01', to: '2027-01-02' }));
    await refusedOn('periods', subgraph.execute(AVAILABILITY, { periods }, self));
    await refusedOn('input', subgraph.execute(PROFILE, { input: {} }, self));
    await refusedOn('input.phone', subgraph.execute(PROFILE, { input: { phone: '+'.repeat(41) } }, self));
    expect((await subgraph.execute<any>(PROFILE, { input: { phone: null } }, self)).errors).toBeUndefined();
  });

  it('deduplicates lists as it stores them', async () => {
    const { data } = await subgraph.execute<any>(APPLY, { input: application({ languages: ['en', 'en', 'fr'], countriesOfExperience: ['SN', 'sn'] }) });
    const stored = await subgraph.execute<any>(
      `query($id: ID!) { expert(id: $id) { languages countriesOfExperience { code } } }`,
      { id: data.applyToRoster.id },
      identityOf('PROJECT_OFFICER'),
    );
    expect(stored.data.expert).toEqual({ languages: ['en', 'fr'], countriesOfExperience: [{ code: 'SN' }] });
  });
});
