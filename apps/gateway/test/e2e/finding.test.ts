import { startGraph, type RunningGraph } from '@mieux/service-kit/testing';
import { analyst, answer, expressionOfInterest, officer, SUBMIT } from './people';

/** Finding a request and an Action by reference, through the gateway on MySQL. */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

describe('a request found by its reference', () => {
  it('finds REQ-2026-005 by requestByReference and by the search of the list, and a year by its beginning', async () => {
    for (const month of ['01', '02', '03', '04', '05']) {
      const input = expressionOfInterest(`Labour migration ${month}`, 'focal.point@employment.gov.gh', { expressionOfInterestOn: `2026-${month}-15` });
      await answer(graph, SUBMIT, { input }, officer);
    }
    expect(await answer(graph, `{ requestByReference(reference: "REQ-2026-005") { reference title } }`, {}, analyst)).toEqual({
      reference: 'REQ-2026-005',
      title: 'Labour migration 05',
    });
    const search = await answer(graph, `{ requests(first: 10, filter: { search: "REQ-2026-005" }) { totalCount edges { node { reference } } } }`, {}, officer);
    expect(search).toEqual({ totalCount: 1, edges: [{ node: { reference: 'REQ-2026-005' } }] });
    const year = await answer(graph, `{ requests(first: 10, filter: { reference: "req-2026-00" }) { totalCount } }`, {}, officer);
    expect(year.totalCount).toBe(5);
  }, 60_000);
});
