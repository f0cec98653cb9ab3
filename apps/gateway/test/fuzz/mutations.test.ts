import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import type { Role } from '@mieux/service-kit';
import { bearer, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { callsOf, mutationsOf, type Pools } from './arbitraries';

/**
 * Property: whatever a client sends to any mutation of the graph, as anyone, the answer is data or an
 * error a client is meant to see, never an internal error nor an HTTP 5xx. The mutations are read
 * from the client-facing schema, so a new one is fuzzed with no change here. The graph is the real
 * one (gateway and four subgraphs on MySQL, with the demo portfolio); the seed is fixed, so a run is
 * repeatable, and a failure prints the call that caused it.
 */
const SEED = 20_261_205;
const CASES = 2_000;
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'packages', 'supergraph', 'api.graphql'), 'utf8'));
const mutations = mutationsOf(schema);
const runsEach = Math.ceil(CASES / mutations.length);

let graph: RunningGraph;
const pools: Pools = { ids: {} };
const seen = new Map<string, number>();

async function idsOf(query: string, as: Caller): Promise<string[]> {
  const { data, errors } = await graph.query(query, {}, as);
  if (errors) throw new Error(`the fuzzer's ids could not be read: ${JSON.stringify(errors)}`);
  return JSON.stringify(data ?? {})
    .match(/"id":"([^"]+)"/g)!
    .map((m) => m.slice(6, -1));
}

beforeAll(async () => {
  graph = await startGraph({ seedDemo: true, env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000', RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000' } });
  const officer: Caller = { role: 'PROJECT_OFFICER' };
  const requests = await idsOf(`{ requests(first: 15) { edges { node { id } } } }`, officer);
  const actions = await idsOf(`{ actions(first: 15) { edges { node { id } } } }`, officer);
  const activities = await idsOf(`{ actions(first: 15) { edges { node { activities(first: 5) { edges { node { id } } } } } } }`, officer);
  const deployments = await idsOf(
    `{ actions(first: 15) { edges { node { activities(first: 5) { edges { node { deployments { edges { node { id } } } } } } } } } }`,
    officer,
  );
  const experts = await idsOf(`{ experts(first: 15) { edges { node { id } } } }`, officer);
  const results = await idsOf(`{ actions(first: 15) { edges { node { results { id } } } } }`, officer);
  pools.ids = {
    id: [...requests, ...actions, ...activities, ...deployments, ...experts, ...results],
    actionId: actions,
    activityId: activities,
    expertId: experts,
    requestId: requests,
  };
}, 300_000);
afterAll(async () => {
  await graph?.close();
  // What the run exercised, for a person reading the output: how many answers of each kind.
  console.log(`fuzzed ${mutations.length} mutations, ${runsEach} cases each:`, Object.fromEntries(seen));
}, 60_000);

/** One call; an answer that is not JSON (a body over the gateway's limit) counts by its HTTP status. */
async function send(
  query: string,
  variables: Record<string, unknown>,
  as: Caller | null,
): Promise<{ status: number; errors?: { extensions?: Record<string, unknown> }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as) headers.authorization = `Bearer ${await bearer(as)}`;
  const response = await fetch(graph.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  try {
    return { status: response.status, errors: (JSON.parse(text) as { errors?: [] }).errors };
  } catch {
    return { status: response.status, errors: [{ extensions: { code: `HTTP_${response.status}` } }] };
  }
}

/**
 * Who calls: mostly a caller who may do everything (ADMIN, who holds every role, and an expert of the
 * roster for the experts' own mutations), so most calls get past access and reach the rules and the
 * database; now and then anonymous or a single role.
 */
const SINGLE: Role[] = ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'EXPERT', 'PARTNER', 'ANALYST'];
const callerArb = (): fc.Arbitrary<Caller | null> =>
  fc
    .record({
      kind: fc.constantFrom('anonymous', 'all', 'all', 'all', 'all', 'all', 'one'),
      role: fc.constantFrom(...SINGLE),
      expertId: fc.constantFrom(...pools.ids.expertId),
    })
    .map(({ kind, role, expertId }) =>
      kind === 'anonymous' ? null : kind === 'all' ? { role: 'ADMIN', roles: ['ADMIN', 'EXPERT'], expertId } : { role, expertId },
    );

describe('every mutation of the graph, fuzzed through the gateway', () => {
  it.each(mutations.map((m) => m.name))(
    '%s answers data or a public error, never an internal one',
    async (name) => {
      const field = mutations.find((m) => m.name === name)!;
      const result = await fc.check(
        fc.asyncProperty(callsOf(field, pools), callerArb(), async (call, caller) => {
          const answer = await send(call.query, call.variables, caller);
          const codes = (answer.errors ?? []).map((e) => String(e.extensions?.code));
          for (const code of codes.length ? codes : ['OK']) seen.set(code, (seen.get(code) ?? 0) + 1);
          if (answer.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('undefined')) {
            throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
          }
        }),
        { seed: SEED, numRuns: runsEach, endOnFailure: true },
      );
      // A failing call is printed short: its huge values would bury the error.
      if (result.failed)
        throw new Error(`${String(result.errorInstance)}\nafter ${result.numRuns} calls; the call: ${JSON.stringify(result.counterexample).slice(0, 1500)}`);
    },
    300_000,
  );
});
