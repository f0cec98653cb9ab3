import { randomBytes } from 'node:crypto';
import { startCollector, type CollectedSpan, type Collector } from './collector';
import { bearer, startGraph, SUBGRAPHS, type RunningGraph } from '@mieux/service-kit/testing';

/** The graph as real processes, with the demo portfolio, exporting traces to a collector in this test process. */
let collector: Collector;
let graph: RunningGraph;
beforeAll(async () => {
  collector = await startCollector();
  graph = await startGraph({ seedDemo: true, env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'info' } });
}, 240_000);
afterAll(async () => {
  await graph?.close();
  await collector?.close();
}, 60_000);

const PORTFOLIO = `query Portfolio { portfolio(filter: { from: "2009-01-01" }) { actions activities participants expertsDeployed requests } }`;
/**
 * A project officer's query through every subgraph: the portfolio (the read model, from memory) and an
 * Action with its request, an activity's participation and its candidate experts (each from its owner's SQL).
 */
const TRACED = `query Traced { portfolio(filter: { from: "2009-01-01" }) { actions }
  actions(first: 1) { edges { node { reference request { reference } activities(first: 1) { edges { node {
    participation { total } candidateExperts(first: 1) { edges { node { score } } } } } } } } } }`;
const OFFICER = { role: 'PROJECT_OFFICER' as const, sub: 'officer@icmpd.org' };
/** The gateway and each subgraph: the server spans of one query through every subgraph. */
const SERVERS = 1 + SUBGRAPHS.length;

const SUBMIT = `mutation Submit($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`;
const INTEREST = {
  title: 'Labour migration governance',
  countryCode: 'GH',
  description: 'Support to a labour migration policy',
  institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
};

/** An expression of interest with the contact's name and e-mail written in the document itself. */
const submitting = (name: string, email: string) => `mutation Submit { submitExpressionOfInterest(input: {
  title: "Labour migration governance", countryCode: "GH", description: "Support to a labour migration policy",
  institutions: [{ name: "Ministry of Employment", type: NATIONAL_INSTITUTION, countryCode: "GH" }],
  contact: { name: "${name}", email: "${email}" }, thematicAreas: [LEGAL_MIGRATION_AND_MOBILITY], subTopics: ["LABOUR_MIGRATION"] }) { id } }`;

/** A call from a traced client: the trace it belongs to and the span that made the call. */
function clientSpan() {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

/** The spans from `span` up to the root of its trace, following parent ids, and the root's parent id. */
function ancestry(span: CollectedSpan, trace: CollectedSpan[]): { chain: CollectedSpan[]; rootParent?: string } {
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const chain = [span];
  for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) chain.push(parent);
  return { chain, rootParent: chain[chain.length - 1].parentSpanId };
}

/** The query through every subgraph, sent by the project officer. */
const traced = async (headers: Record<string, string> = {}) => post(TRACED, { ...headers, authorization: `Bearer ${await bearer(OFFICER)}` });
const SERVER = 2;
const isSql = (span: CollectedSpan) => span.attributes['db.system.name'] === 'mysql' || span.attributes['db.system'] === 'mysql';

describe('tracing', () => {
  it('follows one query from the client through the gateway into each subgraph and down to its SQL statements', async () => {
    const client = clientSpan();
    const answer = await traced({ traceparent: client.traceparent });
    expect(answer.body.errors).toBeUndefined();

    const ofTrace = (spans: CollectedSpan[]) => spans.filter((s) => s.traceId === client.traceId);
    const servers = (spans: CollectedSpan[]) =>
      new Set(
        ofTrace(spans)
          .filter((s) => s.kind === SERVER)
          .map((s) => s.service),
      );
    const sqlIn = (spans: CollectedSpan[]) =>
      new Set(
        ofTrace(spans)
          .filter(isSql)
          .map((s) => s.service),
      );
    const trace = ofTrace(await collector.until((all) => servers(all).size === SERVERS && sqlIn(all).has('mieux-actions') && sqlIn(all).has('mieux-requests')));

    // The gateway's server span continues the client's trace: W3C traceparent was read.
    const gateway = trace.find((s) => s.service === 'mieux-gateway' && s.kind === SERVER)!;
    expect(gateway.parentSpanId).toBe(client.spanId);
    // Each subgraph's server span hangs under Apollo Gateway's fetch span, in the same trace.
    for (const subgraph of SUBGRAPHS) {
      const server = trace.find((s) => s.service === `mieux-${subgraph}` && s.kind === SERVER)!;
      const { chain, rootParent } = ancestry(server, trace);
      expect(chain.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.fetch', 'gateway.execute', 'gateway.request']));
      expect(chain[chain.length - 1]).toBe(gateway);
      expect(rootParent).toBe(client.spanId);
    }
    // Each SQL statement hangs under the GraphQL execution of its own subgraph, under that subgraph's server span.
    const statements = trace.filter(isSql);
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      const { chain, rootParent } = ancestry(statement, trace);
      const server = chain.find((s) => s.kind === SERVER)!;
      expect(server.service).toBe(statement.service);
      expect(chain.some((s) => s.service === statement.service && s.name.startsWith('query '))).toBe(true);
      expect(chain[chain.length - 1]).toBe(gateway);
      expect(rootParent).toBe(client.spanId);
    }
  });

  it('starts a trace of its own for a client that sends no traceparent', async () => {
    expect((await traced()).status).toBe(200);
    const roots = (spans: CollectedSpan[]) => spans.filter((s) => s.service === 'mieux-gateway' && s.kind === SERVER && !s.parentSpanId);
    const [root] = await collector.until((all) => roots(all).length > 0).then(roots);
    const trace = await collector.until((all) => all.filter((s) => s.traceId === root.traceId && isSql(s)).length > 0);
    expect(trace.filter((s) => s.traceId === root.traceId && s.service === 'mieux-actions').length).toBeGreaterThan(0);
  });

  it('keeps personal data out of the spans: values masked in documents and SQL', async () => {
    const client = clientSpan();
    const email = `awa.${client.spanId}@interieur.gouv.sn`;
    const answer = await post(submitting('Awa Diop', email), { traceparent: client.traceparent });
    expect(answer.body.errors).toBeUndefined();
    const ofTrace = (spans: CollectedSpan[]) => spans.filter((s) => s.traceId === client.traceId);
    const trace = ofTrace(await collector.until((all) => ofTrace(all).some((s) => isSql(s) && /^INSERT/.test(String(s.attributes['db.query.text'])))));
    expect(trace.some((s) => String(s.attributes['graphql.source']).includes('submitExpressionOfInterest'))).toBe(true);
    expect(JSON.stringify(trace)).not.toContain(email);
    expect(JSON.stringify(trace)).not.toContain('Awa Diop');
  });

  it('traces no probe or scrape', async () => {
    for (const path of ['/health', '/ready', '/metrics']) expect((await fetch(`http://127.0.0.1:${graph.ports.gateway}${path}`)).status).toBe(200);
    const client = clientSpan();
    await traced({ traceparent: client.traceparent });
    // Spans leave in the order they end: once this later query's are in, a probe's would be too.
    await collector.until((all) => new Set(all.filter((s) => s.traceId === client.traceId && s.kind === SERVER).map((s) => s.service)).size === SERVERS);
    expect(collector.spans.filter((s) => s.kind === SERVER && s.attributes['url.path'] !== '/graphql')).toEqual([]);
  });
});

/** The sum of a metric's samples whose labels include `labels`, from a Prometheus text exposition. */
function sampled(exposition: string, name: string, labels: Record<string, string> = {}): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const scrape = async (name: keyof RunningGraph['ports']) => {
  const response = await fetch(`http://127.0.0.1:${graph.ports[name]}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};
const scrapeAll = async () =>
  Object.fromEntries(await Promise.all(['gateway', ...SUBGRAPHS].map(async (n) => [n, await scrape(n as 'gateway')]))) as Record<string, string>;

describe('metrics', () => {
  it('every process serves Prometheus metrics whose histograms move with the queries it answers', async () => {
    const before = await scrapeAll();
    for (let i = 0; i < 3; i += 1) expect((await traced()).status).toBe(200);
    const after = await scrapeAll();
    const moved = (name: string, metric: string, labels: Record<string, string> = {}) =>
      sampled(after[name], metric, labels) - sampled(before[name], metric, labels);

    expect(moved('gateway', 'mieux_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'Traced', status: '200' })).toBe(3);
    expect(moved('gateway', 'mieux_graphql_request_duration_seconds_sum', { operation: 'Traced' })).toBeGreaterThan(0);
    for (const subgraph of SUBGRAPHS) {
      expect(moved('gateway', 'mieux_subgraph_call_duration_seconds_count', { subgraph, outcome: 'ok' })).toBe(3);
      expect(moved(subgraph, 'mieux_graphql_request_duration_seconds_count', { service: subgraph, status: '200' })).toBe(3);
    }
    for (const subgraph of ['actions', 'requests']) {
      expect(moved(subgraph, 'mieux_sql_statements_total')).toBeGreaterThanOrEqual(3);
      expect(moved(subgraph, 'mieux_sql_statement_duration_seconds_count')).toBeGreaterThanOrEqual(moved(subgraph, 'mieux_sql_statements_total'));
    }
    for (const name of ['gateway', ...SUBGRAPHS]) {
      for (const metric of [
        'nodejs_eventloop_lag_seconds',
        'nodejs_eventloop_lag_p99_seconds',
        'process_cpu_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_heap_size_used_bytes',
      ]) {
        expect(sampled(after[name], metric)).toBeGreaterThanOrEqual(0);
        expect(after[name]).toMatch(new RegExp(`^${metric}\\{service="${name}"\\} `, 'm'));
      }
    }
  });

  it('counts the calls to a subgraph that is down, at the gateway, by subgraph', async () => {
    const errors = async () => sampled(await scrape('gateway'), 'mieux_subgraph_call_errors_total', { subgraph: 'experts', reason: 'unreachable' });
    const before = await errors();
    await graph.stop('experts');
    try {
      const answer = await traced();
      expect(answer.body.errors?.length).toBeGreaterThan(0);
    } finally {
      await graph.start('experts');
    }
    expect((await errors()) - before).toBe(1);
  }, 60_000);
});

describe('logs', () => {
  /** The JSON log lines a process wrote that mention `text`, once at least `count` are there. */
  async function linesOf(name: keyof RunningGraph['ports'], text: string, count = 1): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const lines = graph
        .output(name)
        .split('\n')
        .filter((line) => line.includes(text));
      if (lines.length >= count || Date.now() > deadline) return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('writes one access line per request at info, with operation, status, duration, request and trace ids, and nothing personal', async () => {
    const client = clientSpan();
    const requestId = `access-${client.spanId}`;
    const email = `kofi.${client.spanId}@employment.gov.gh`;
    const token = await bearer({ role: 'PROJECT_OFFICER', sub: `officer.${client.spanId}@icmpd.org` });
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: client.traceparent, 'x-request-id': requestId, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input: { ...INTEREST, contact: { name: 'Kofi Mensah', email } } } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const [access] = (await linesOf('gateway', requestId)).filter((line) => line.msg === 'request');
    expect(access).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'Submit',
      requestId,
      traceId: client.traceId,
      completed: true,
    });
    expect(access.ms).toEqual(expect.any(Number));
    // The subgraph that served the call logs it too, under the same request and trace.
    const [served] = (await linesOf('requests', requestId)).filter((line) => line.msg === 'request');
    expect(served).toMatchObject({ status: 200, operation: 'Submit__requests__0', requestId, traceId: client.traceId });
    for (const line of [...(await linesOf('gateway', requestId)), ...(await linesOf('requests', requestId))]) {
      expect(line.traceId).toBe(client.traceId);
      expect(JSON.stringify(line)).not.toMatch(/@|Kofi|Bearer|eyJ|variables/);
    }
  });

  it('keeps probes and scrapes out of the info log', async () => {
    const requestId = `probe-${randomBytes(4).toString('hex')}`;
    for (const path of ['/health', '/ready', '/metrics'])
      await fetch(`http://127.0.0.1:${graph.ports.gateway}${path}`, { headers: { 'x-request-id': requestId } });
    await post(PORTFOLIO, { 'x-request-id': `${requestId}-graphql` });
    expect(await linesOf('gateway', `${requestId}-graphql`)).toHaveLength(1);
    expect(graph.output('gateway')).not.toContain(`"${requestId}"`);
  });
});
