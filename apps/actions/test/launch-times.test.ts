import { dayBands as bands, givenOnce, identityOf, startEmbeddedTestSubgraph, startTestSubgraph } from '@mieux/service-kit/testing';
import { actionsService } from '../src/service';
import { analyst, committee, createAction, officer, planActivity, SET_STATUS, startOwners, type Owners, type Subgraph } from './fixtures';

const TIMES = `query($fromYear: Int, $toYear: Int) { timeToLaunch(fromYear: $fromYear, toYear: $toYear) {
  year launched medianDays minDays maxDays distribution { fromDays toDays count } } }`;

/**
 * An Action approved on a day, with activities at dates moved to a status (HELD, CANCELLED, or left
 * PLANNED); its launch is the start of its first activity held.
 */
type Plan = { approvedOn: string; activities: [string, 'HELD' | 'CANCELLED' | 'PLANNED'][]; cancelled?: boolean };

/** Days from approval to launch, per year of launch, computed by the service's SQL, over three years. */
let owners: Owners;
beforeAll(async () => {
  owners = await startOwners();
});
afterAll(() => owners?.stub.close());

describe.each([
  ['MySQL', startTestSubgraph],
  ['the embedded database', startEmbeddedTestSubgraph],
] as const)('time from approval to launch on %s', (_, start) => {
  let subgraph: Subgraph;
  async function must(query: string, variables: Record<string, unknown>, as = officer): Promise<any> {
    const result = await subgraph.execute<any>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0];
  }

  async function action({ approvedOn, activities, cancelled }: Plan): Promise<void> {
    const { id } = await createAction(subgraph, owners, { approvedOn });
    const planned = [];
    for (const [startsOn] of activities) planned.push(await planActivity(subgraph, id, startsOn));
    for (const [i, [, status]] of activities.entries()) if (status !== 'PLANNED') await must(SET_STATUS, { id: planned[i].id, status });
    if (cancelled) await must(`mutation($id: ID!) { cancelAction(id: $id, reason: "Partner withdrew") { status } }`, { id });
  }

  beforeAll(async () => {
    subgraph = await start(actionsService, { REQUESTS_URL: owners.stub.url, EXPERTS_URL: owners.stub.url, MONITORING_URL: owners.stub.url });
  }, 120_000);
  afterAll(() => subgraph?.close());
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
  const given = givenOnce(async () => {
    for (const plan of [
      // 2024: 30, 60 (approved in 2023) and 120 days (the first activity held; an earlier one cancelled, a later one held too).
      { approvedOn: '2024-01-10', activities: [['2024-02-09', 'HELD']] },
      { approvedOn: '2023-11-15', activities: [['2024-01-14', 'HELD']] },
      {
        approvedOn: '2024-03-01',
        activities: [
          ['2024-04-01', 'CANCELLED'],
          ['2024-06-29', 'HELD'],
          ['2024-08-01', 'HELD'],
        ],
      },
      // 2025: 0, 90, 200 and 365 days.
      { approvedOn: '2024-10-01', activities: [['2025-10-01', 'HELD']] },
      { approvedOn: '2025-01-01', activities: [['2025-01-01', 'HELD']] },
      {
        approvedOn: '2025-02-01',
        activities: [
          ['2025-05-02', 'HELD'],
          ['2025-06-01', 'PLANNED'],
        ],
      },
      { approvedOn: '2025-03-01', activities: [['2025-09-17', 'HELD']] },
      // 2026: 60 and 366 days.
      { approvedOn: '2025-06-01', activities: [['2026-06-02', 'HELD']] },
      { approvedOn: '2026-01-15', activities: [['2026-03-16', 'HELD']] },
      // Not counted: an Action not launched yet (nothing held), and a cancelled one that had launched.
      { approvedOn: '2026-02-01', activities: [['2026-02-10', 'PLANNED']] },
      { approvedOn: '2024-05-01', activities: [['2024-05-11', 'HELD']], cancelled: true },
    ] as Plan[]) {
      await action(plan);
    }
  });
  beforeEach(given, 120_000);

  const ALL_YEARS = [
    { year: 2024, launched: 3, medianDays: 60, minDays: 30, maxDays: 120, distribution: bands(1, 1, 1, 0, 0) },
    { year: 2025, launched: 4, medianDays: 145, minDays: 0, maxDays: 365, distribution: bands(1, 1, 0, 2, 0) },
    { year: 2026, launched: 2, medianDays: 213, minDays: 60, maxDays: 366, distribution: bands(0, 1, 0, 0, 1) },
  ];

  it('answers each year of launch: how many, the median, the quickest, the slowest and the bands of days', async () => {
    expect(await must(TIMES, { fromYear: 2024, toYear: 2026 }, analyst)).toEqual(ALL_YEARS);
    expect(await must(TIMES, {}, committee)).toEqual(ALL_YEARS);
  });

  it('between two years, the years without launches left out', async () => {
    expect(await must(TIMES, { fromYear: 2025, toYear: 2025 }, officer)).toEqual([ALL_YEARS[1]]);
    expect(await must(TIMES, { fromYear: 2010, toYear: 2023 }, analyst)).toEqual([]);
  });

  it('refuses years out of order or out of range, naming them, and partners and anonymous callers', async () => {
    const refusal = async (variables: Record<string, unknown>, as = analyst) => (await subgraph.execute(TIMES, variables, as)).errors?.[0].extensions;
    expect(await refusal({ fromYear: 2026, toYear: 2025 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear' });
    expect(await refusal({ fromYear: 2008 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
    expect((await refusal({}, identityOf('PARTNER', { org: 'institution-a' })))?.code).toBe('FORBIDDEN');
    expect((await refusal({}, identityOf(null)))?.code).toBe('UNAUTHENTICATED');
  });
});
