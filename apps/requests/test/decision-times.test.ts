import { bothDatabases, dayBands as bands, daysFromToday, givenOnce, identityOf } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';
import { analyst, committee, DECIDE, expressionOfInterest, officer, requestIn, SUBMIT, TODAY, type Subgraph } from './fixtures';

const TIMES = `query($fromYear: Int, $toYear: Int) { timeToDecision(fromYear: $fromYear, toYear: $toYear) {
  year decided medianDays minDays maxDays distribution { fromDays toDays count } } }`;
/** Days from expression of interest to final decision, per year of decision, computed by the service's SQL. */
describe.each(bothDatabases(requestsService))('time to decision on %s', (_, start: () => Promise<Subgraph>) => {
  let subgraph: Subgraph;
  async function must<T = any>(query: string, variables: Record<string, unknown>, as = officer): Promise<T> {
    const result = await subgraph.execute<any>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0] as T;
  }

  const THIS_YEAR = Number(TODAY.slice(0, 4));

  /**
   * A request expressed `days` days ago and decided today (decisions are not dated before the Action
   * Fiche, drafted today); REVISION_REQUESTED is no final decision.
   */
  async function decided(days: number, outcome: string): Promise<void> {
    const expressionOfInterestOn = daysFromToday(-days);
    const { id } = await must(SUBMIT, { input: expressionOfInterest({ expressionOfInterestOn }) });
    const letter = { letterReference: 'MIN/1', receivedOn: expressionOfInterestOn, channel: 'EU_DELEGATION' };
    await must(`mutation($id: ID!, $letter: OfficialRequestInput!) { recordOfficialRequest(id: $id, input: $letter) { status } }`, { id, letter });
    await must(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id });
    const fiche = { objectives: 'A policy', priorityNeeds: ['Data'], plannedActivities: [{ type: 'TRAINING', count: 2 }] };
    await must(`mutation($id: ID!, $fiche: ActionFicheInput!) { draftActionFiche(id: $id, input: $fiche) { status } }`, { id, fiche });
    const decision = { outcome, body: 'DG_INTPA', rationale: 'Considered', decidedOn: TODAY };
    await must(`mutation($id: ID!, $decision: DecisionInput!) { decideRequest(id: $id, input: $decision) { status } }`, { id, decision }, committee);
  }

  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph?.close());
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creating and deciding to it.
  const given = givenOnce(async () => {
    for (const [days, outcome] of [
      [121, 'REJECTED'],
      [30, 'APPROVED'],
      [400, 'APPROVED'],
      [90, 'APPROVED'],
      [31, 'REJECTED'],
      [365, 'APPROVED'],
      [60, 'REVISION_REQUESTED'],
    ] as const) {
      await decided(days, outcome);
    }
    await must(SUBMIT, { input: expressionOfInterest({ expressionOfInterestOn: daysFromToday(-10) }) }); // not decided
  });
  beforeEach(given, 120_000);

  describe('time to decision', () => {
    it('answers each year of decision: how many, the median, the quickest, the slowest and the bands of days', async () => {
      // 30, 31, 90, 121, 365 and 400 days: the median is between 90 and 121.
      expect(await must(TIMES, {}, analyst)).toEqual([
        { year: THIS_YEAR, decided: 6, medianDays: 105.5, minDays: 30, maxDays: 400, distribution: bands(1, 2, 1, 1, 1) },
      ]);
    });

    it('between two years, for the Steering Committee and project officers too', async () => {
      expect((await must(TIMES, { fromYear: THIS_YEAR }, committee)).map((t: any) => t.decided)).toEqual([6]);
      expect((await must(TIMES, { fromYear: THIS_YEAR - 1, toYear: THIS_YEAR }, officer)).map((t: any) => t.year)).toEqual([THIS_YEAR]);
      expect(await must(TIMES, { fromYear: 2010, toYear: THIS_YEAR - 1 }, analyst)).toEqual([]);
    });

    it('refuses years out of order or out of range, naming them, and partners', async () => {
      expect((await subgraph.execute(TIMES, { fromYear: THIS_YEAR, toYear: THIS_YEAR - 1 }, analyst)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'toYear',
      });
      expect((await subgraph.execute(TIMES, { fromYear: 1999 }, analyst)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
      expect((await subgraph.execute(TIMES, { toYear: THIS_YEAR + 1 }, analyst)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'toYear',
      });
      expect((await subgraph.execute(TIMES, {}, identityOf('PARTNER'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});

describe.each(bothDatabases(requestsService))('time to decision over three years on %s', (_, start: () => Promise<Subgraph>) => {
  let subgraph: Subgraph;

  /**
   * A request decided through the graph, then dated in the database: a decision is dated no earlier
   * than its Action Fiche, drafted today, so earlier years are written as the demo's loader writes them.
   */
  async function decidedOn(expressionOfInterestOn: string, decisionOn: string, outcome: 'APPROVED' | 'REJECTED'): Promise<void> {
    let request = await requestIn(subgraph, outcome === 'APPROVED' ? 'APPROVED' : 'ACTION_FICHE_DRAFTED');
    if (outcome === 'REJECTED') request = (await subgraph.execute<any>(DECIDE, { id: request.id, outcome }, committee)).data.decideRequest;
    expect(request.status).toBe(outcome);
    await subgraph.database.dataSource.query('UPDATE request SET expression_of_interest_on = ?, decision_on = ? WHERE id = ?', [
      expressionOfInterestOn,
      decisionOn,
      request.id,
    ]);
  }

  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph?.close());
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creating and deciding to it.
  const given = givenOnce(async () => {
    for (const [from, to, outcome] of [
      // 2024: 45, 30, 200 and 150 days (one expressed in 2023).
      ['2023-12-01', '2024-01-15', 'APPROVED'],
      ['2024-02-01', '2024-03-02', 'REJECTED'],
      ['2024-01-10', '2024-07-28', 'APPROVED'],
      ['2024-03-01', '2024-07-29', 'APPROVED'],
      // 2025: 365, 90 and 0 days.
      ['2024-06-01', '2025-06-01', 'APPROVED'],
      ['2025-01-05', '2025-04-05', 'REJECTED'],
      ['2025-02-01', '2025-02-01', 'APPROVED'],
      // 2026: 400 and 60 days.
      ['2024-12-01', '2026-01-05', 'APPROVED'],
      ['2026-01-01', '2026-03-02', 'APPROVED'],
    ] as const) {
      await decidedOn(from, to, outcome);
    }
  });
  beforeEach(given, 120_000);

  it('answers each year apart, with its own median and spread, and only the years asked', async () => {
    const years = [
      { year: 2024, decided: 4, medianDays: 97.5, minDays: 30, maxDays: 200, distribution: bands(1, 1, 1, 1, 0) },
      { year: 2025, decided: 3, medianDays: 90, minDays: 0, maxDays: 365, distribution: bands(1, 1, 0, 1, 0) },
      { year: 2026, decided: 2, medianDays: 230, minDays: 60, maxDays: 400, distribution: bands(0, 1, 0, 0, 1) },
    ];
    expect((await subgraph.execute<any>(TIMES, { fromYear: 2024, toYear: 2026 }, analyst)).data?.timeToDecision).toEqual(years);
    expect((await subgraph.execute<any>(TIMES, { fromYear: 2025, toYear: 2025 }, committee)).data?.timeToDecision).toEqual([years[1]]);
    expect((await subgraph.execute<any>(TIMES, { toYear: 2023 }, officer)).data?.timeToDecision).toEqual([]);
  });
});
