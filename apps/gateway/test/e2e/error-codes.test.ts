import { testDatabaseUrl } from '@mieux/service-kit/testing';
import { bearer, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { COST_BUDGETS } from '../../src/cost-budget';
import { inProcessGateway } from '../fixtures/in-process-gateway';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

/**
 * Every error code a client may see, each produced by the real service that owns the rule and read
 * through the gateway: the code, and what it carries, survive the hop. The actions service reaches
 * MySQL through a proxy the test can cut, so its database goes away without touching anyone else's;
 * the gateway reaches the monitoring service through another, which can make it stall. The gateway runs in
 * this process (its reading of subgraph answers counts in its coverage).
 */
let graph: RunningGraph;
let proxy: TcpProxy;
let monitoring: TcpProxy;
beforeAll(async () => {
  const mysql = new URL(testDatabaseUrl());
  proxy = await startTcpProxy(mysql.hostname, Number(mysql.port || 3306));
  const viaProxy = new URL(mysql.href);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  graph = await startGraph({
    databaseUrls: { actions: viaProxy.href.replace(/\/$/, '') },
    // Only the gateway reaches monitoring through the proxy: the services' own calls and event reads go straight.
    gateway: async (env) => {
      const target = new URL(env.MONITORING_URL);
      monitoring = await startTcpProxy(target.hostname, Number(target.port));
      return inProcessGateway({ ...env, MONITORING_URL: `http://127.0.0.1:${monitoring.port}/graphql` });
    },
  });
}, 240_000);
afterAll(async () => {
  await graph?.close();
  await proxy?.close();
  await monitoring?.close();
}, 60_000);

const officer: Caller = { role: 'PROJECT_OFFICER', sub: 'officer@icmpd.org' };
const analyst: Caller = { role: 'ANALYST', sub: 'analyst@icmpd.org' };

const EOI = `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`;
const eoi = (email: string) => ({
  title: 'Labour migration governance',
  countryCode: 'GH',
  description: 'Support to a labour migration policy',
  institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
  contact: { name: 'Kofi Mensah', email },
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
});
const ACTIONS = `query($filter: ActionFilter) { actions(first: 5, filter: $filter) { edges { node { id } } } }`;

describe('error codes through the gateway', () => {
  it('BAD_USER_INPUT: an impossible date in a variable names the field (the subgraph answered HTTP 400)', async () => {
    const { status, errors } = await graph.query(ACTIONS, { filter: { approvedFrom: '2026-02-30' } }, analyst);
    expect(status).toBe(200);
    expect(errors).toHaveLength(1);
    expect(errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.approvedFrom',
      problems: [{ field: 'filter.approvedFrom', message: expect.stringMatching(/2026-02-30/) }],
    });
    expect(errors?.[0].message).toMatch(/2026-02-30/);
  });

  it('BAD_USER_INPUT: an impossible date written in the document names the argument (the subgraph refused the literal)', async () => {
    const { errors } = await graph.query(
      `{ countries { code instruments(on: "2026-02-30") } actions(first: 1, filter: { approvedTo: "2026-13-01" }) { totalCount } }`,
      {},
      analyst,
    );
    const byService = Object.fromEntries((errors ?? []).map((e) => [e.extensions?.serviceName, e.extensions]));
    expect(byService.requests).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'on',
      problems: [{ field: 'on', message: expect.stringMatching(/2026-02-30/) }],
    });
    expect(byService.actions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.approvedTo' });
  });

  it('BAD_USER_INPUT: a refused input lists its problems, each with its field', async () => {
    const { errors } = await graph.query(EOI, { input: eoi('not-an-address') });
    expect(errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input.contact.email', message: expect.any(String) }],
    });
  });

  it('UNAUTHENTICATED: an anonymous caller asks for what needs a sign-in', async () => {
    const { errors } = await graph.query(`mutation { assessEligibility(id: "1") { status } }`);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('FORBIDDEN: a signed-in caller without the role', async () => {
    const { errors } = await graph.query(`mutation { assessEligibility(id: "1") { status } }`, {}, analyst);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('NOT_FOUND: names the entity and the id', async () => {
    const { errors } = await graph.query(`mutation { assessEligibility(id: "999999") { status } }`, {}, officer);
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Request', id: '999999' });
  });

  it('CONFLICT: a move the entity cannot make says where it is', async () => {
    const { data } = await graph.query(EOI, { input: eoi('kofi.mensah@employment.gov.gh') });
    const withdraw = `mutation($id: ID!) { withdrawRequest(id: $id, reason: "No longer needed") { status } }`;
    expect((await graph.query(withdraw, { id: data?.submitExpressionOfInterest.id }, officer)).data).toEqual({ withdrawRequest: { status: 'WITHDRAWN' } });
    const { errors } = await graph.query(withdraw, { id: data?.submitExpressionOfInterest.id }, officer);
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'WITHDRAWN' });
  });

  it('COST_LIMIT_EXCEEDED: carries the cost and the limit', async () => {
    const { status, errors } = await graph.query(
      `{ actions(first: 100) { edges { node { activities(first: 100) { edges { node { title deployments(first: 100) { edges { node { role } } } } } } } } } }`,
      {},
      analyst,
    );
    expect(status).toBe(200);
    expect(errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: COST_BUDGETS.ANALYST, cost: expect.any(Number) });
    expect(errors?.[0].extensions?.cost).toBeGreaterThan(COST_BUDGETS.ANALYST);
    expect(errors?.[0].message).not.toMatch(/Syntax Error/);
  });

  describe('GRAPHQL_VALIDATION_FAILED: a document the public schema does not allow, refused before any service is called', () => {
    /** Sent as a client sends it: Apollo Client's Accept header, or a client that accepts only the legacy application/json. */
    const post = async (query: string, accept: string) => {
      const response = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      return { status: response.status, contentType: response.headers.get('content-type'), body };
    };
    const APOLLO_CLIENT = 'application/graphql-response+json,application/json;q=0.9';
    /** The gateway's calls to subgraphs so far, from its /metrics. */
    const subgraphCalls = async () => {
      const text = await (await fetch(`http://127.0.0.1:${graph.ports.gateway}/metrics`)).text();
      return [...text.matchAll(/^mieux_subgraph_call_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    };

    it.each([
      ['an unknown field', `{ actions(first: 1) { edges { node { reference budget } } } }`, /Cannot query field "budget" on type "Action"/],
      ['an argument of the wrong type', `{ actions(first: "ten") { totalCount } }`, /Int cannot represent non-integer value: "ten"/],
      ['an unknown argument', `{ actions(first: 1, sortBy: "title") { totalCount } }`, /Unknown argument "sortBy" on field "Query.actions"/],
    ])('%s: the code reaches the client, with HTTP 400 as Apollo Server answers it', async (_case, query, message) => {
      await graph.query(`{ countries { code } }`);
      const before = await subgraphCalls();
      expect(before).toBeGreaterThan(0);
      const { status, contentType, body } = await post(query, APOLLO_CLIENT);
      expect(await subgraphCalls()).toBe(before);
      expect(status).toBe(400);
      expect(contentType).toMatch(/^application\/graphql-response\+json/);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    });

    it('GRAPHQL_PARSE_FAILED: a document that does not parse, with HTTP 400 likewise', async () => {
      const { status, body } = await post(`{ actions(first: 1) { totalCount }`, APOLLO_CLIENT);
      expect(status).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    });

    it('answers HTTP 200 with the same error to a client that accepts only application/json (GraphQL over HTTP)', async () => {
      const { status, contentType, body } = await post(`{ actions(first: "ten") { totalCount } }`, 'application/json');
      expect(status).toBe(200);
      expect(contentType).toMatch(/^application\/json/);
      expect(body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    });
  });

  it('SERVICE_UNAVAILABLE: a service whose database is away names itself, answers 503 with Retry-After, is not ready until the database is back', async () => {
    const ready = () => fetch(`http://127.0.0.1:${graph.ports.actions}/ready`).then((r) => r.status);
    expect(await ready()).toBe(200);
    await proxy.cut();
    try {
      const response = await fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await bearer(analyst)}` },
        body: JSON.stringify({ query: `{ actions(first: 1) { totalCount } }` }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'actions' });
      expect(body.errors?.[0].message).toMatch(/actions service is unavailable: its database/);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await ready()).toBe(503);
      // The other services still answer.
      expect((await graph.query(`{ countries { code } }`)).data?.countries.length).toBeGreaterThan(0);
    } finally {
      await proxy.restore();
    }
    const deadline = Date.now() + 15_000;
    while ((await ready()) !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await ready()).toBe(200);
    expect((await graph.query(`{ actions(first: 1) { totalCount } }`, {}, analyst)).errors).toBeUndefined();
  }, 60_000);

  it('SERVICE_UNAVAILABLE: a service that does not answer in time (SUBGRAPH_TIMEOUT_MS, 5 s) is named, and the rest is answered', async () => {
    const query = `{ countries(eligibleOnly: true) { code } evaluationSummary(activityId: "none") { count } }`;
    const answered = (await graph.query(query)).data;
    expect({ countries: answered?.countries.length > 0, evaluationSummary: answered?.evaluationSummary }).toEqual({
      countries: true,
      evaluationSummary: { count: 0 },
    });
    await monitoring.stall();
    try {
      const started = Date.now();
      const { status, data, errors } = await graph.query(query);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
      expect(status).toBe(200);
      expect({ countries: data?.countries.length > 0, evaluationSummary: data?.evaluationSummary }).toEqual({ countries: true, evaluationSummary: null });
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'The monitoring service is unavailable: it did not answer in time',
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'monitoring' }),
        }),
      ]);
    } finally {
      await monitoring.restore();
    }
    expect((await graph.query(query)).errors).toBeUndefined();
  }, 60_000);

  it('SERVICE_UNAVAILABLE: a service that cannot be reached is named, and only it', async () => {
    await graph.stop('experts');
    try {
      const { errors } = await graph.query(`{ experts(first: 1) { edges { node { id } } } }`, {}, officer);
      expect(errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'experts' });
    } finally {
      await graph.start('experts');
    }
  }, 60_000);
});
