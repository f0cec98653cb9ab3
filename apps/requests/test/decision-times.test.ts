import { bothDatabases, daysFromToday, identityOf } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';
import { analyst, committee, expressionOfInterest, officer, SUBMIT, TODAY, type Subgraph } from './fixtures';

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
  afterAll(() => subgraph?.close());

  const TIMES = `query($fromYear: Int, $toYear: Int) { timeToDecision(fromYear: $fromYear, toYear: $toYear) {
  year decided medianDays minDays maxDays distribution { fromDays toDays count } } }`;
  const bands = (...counts: number[]) =>
    [
      [0, 30],
      [31, 90],
      [91, 180],
      [181, 365],
      [366, null],
    ].map(([fromDays, toDays], i) => ({ fromDays, toDays, count: counts[i] }));

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
