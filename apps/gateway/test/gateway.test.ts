import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { serverAudits } from 'graphql-http';
import { createLogger, DEVELOPMENT_SECRETS, loadConfig, type SubgraphContext, type SubgraphServer } from '@mieux/service-kit';
import { createGatewayServer, type GatewayServer } from '../src/gateway-server';
import { calls, SCHEMAS, startFixtureSubgraph, writeSupergraph } from './fixtures/two-subgraphs';

let requests: { server: SubgraphServer<SubgraphContext>; port: number };
let experts: { server: SubgraphServer<SubgraphContext>; port: number };
let gateway: GatewayServer;
let url: string;
let supergraphFile: string;

beforeAll(async () => {
  requests = await startFixtureSubgraph('requests');
  experts = await startFixtureSubgraph('experts');
  supergraphFile = writeSupergraph();
  const config = loadConfig('gateway', {
    NODE_ENV: 'test',
    SUPERGRAPH_PATH: supergraphFile,
    REQUESTS_URL: `http://127.0.0.1:${requests.port}/graphql`,
    EXPERTS_URL: `http://127.0.0.1:${experts.port}/graphql`,
    SUBGRAPH_TIMEOUT_MS: '2000',
  });
  gateway = await createGatewayServer(config, createLogger('gateway', 'silent'));
  url = `http://127.0.0.1:${await gateway.listen(0)}/graphql`;
});

afterAll(async () => {
  await gateway?.stop();
  await requests?.server.stop();
  await experts?.server.stop();
  if (supergraphFile) rmSync(dirname(supergraphFile), { recursive: true, force: true });
});

async function token(claims: Record<string, unknown>, secret: string = DEVELOPMENT_SECRETS.authJwtSecret, expiresIn = '1h') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ana@example.org')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe('identity', () => {
  it('serves anonymous callers, and signs a verified token identity for the subgraphs', async () => {
    expect((await post({ query: '{ whoami roles }' })).body).toEqual({ data: { whoami: null, roles: [] } });
    const bearer = await token({ roles: ['ANALYST', 'NOT_A_ROLE'] });
    expect((await post({ query: '{ whoami roles }' }, { authorization: `Bearer ${bearer}` })).body).toEqual({
      data: { whoami: 'ana@example.org', roles: ['ANALYST'] },
    });
  });

  it.each([
    ['signed with another key', () => token({ roles: ['ADMIN'] }, 'x'.repeat(40))],
    ['expired', () => token({ roles: ['ADMIN'] }, DEVELOPMENT_SECRETS.authJwtSecret, '-1m')],
    ['not a JWT', async () => 'garbage'],
  ])('refuses a token %s with 401', async (_, make) => {
    const response = await post({ query: '{ whoami }' }, { authorization: `Bearer ${await make()}` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('one graph over two subgraphs', () => {
  it('joins an entity across subgraphs', async () => {
    expect((await post({ query: '{ things { id name score } }' })).body).toEqual({
      data: {
        things: [
          { id: '1', name: 'one', score: 10 },
          { id: '2', name: 'two', score: 20 },
        ],
      },
    });
  });

  it('masks subgraph internals: no SQL or stack reaches the client', async () => {
    const { body } = await post({ query: '{ boom }' });
    expect(JSON.stringify(body)).not.toMatch(/hidden_table|SELECT|stack/i);
    expect(body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers with what it has when a subgraph is down, names it, and recovers when it is back', async () => {
    await experts.server.stop();
    const partial = await post({ query: '{ hello things { id name score } }' });
    expect(partial.body.data).toEqual({
      hello: 'world',
      things: [
        { id: '1', name: 'one', score: null },
        { id: '2', name: 'two', score: null },
      ],
    });
    expect(partial.body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'experts' } });
    expect(partial.body.errors?.[0].message).toMatch(/experts service is unavailable/);
    experts = await startFixtureSubgraph('experts', experts.port);
    expect((await post({ query: '{ things { score } }' })).body).toEqual({ data: { things: [{ score: 10 }, { score: 20 }] } });
  });
});

describe('identical reads in flight', () => {
  it('share one subgraph call per caller, and each caller gets the answer', async () => {
    const before = calls.slow;
    const analyst = `Bearer ${await token({ roles: ['ANALYST'] })}`;
    const officer = `Bearer ${await token({ roles: ['PROJECT_OFFICER'] })}`;
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => post({ query: '{ slow }' }, { authorization: analyst })),
      post({ query: '{ slow }' }, { authorization: officer }),
    ]);
    expect(answers.map((a) => a.body)).toEqual(Array.from({ length: 6 }, () => ({ data: { slow: 'done' } })));
    expect(calls.slow - before).toBe(2);
  });
});

describe('limits', () => {
  it('refuses an over-long document while parsing', async () => {
    const { status, body } = await post({ query: `{ ${'hello '.repeat(2100)}}` }, { accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(body.errors?.[0].message).toMatch(/more tha[nt] 2000 tokens/);
  });

  it('refuses too deep a document with a clear message', async () => {
    const nested = (levels: number) => `{ things { ${'next { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    expect((await post({ query: nested(8) })).body.errors).toBeUndefined();
    const { body } = await post({ query: nested(14) });
    expect(body.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases with a clear message', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: hello`).join(' ');
    const { body } = await post({ query: `{ ${aliases} }` });
    expect(body.errors?.[0].message).toMatch(/alias/i);
    expect(body.data).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ hello }' }, { query: '{ hello }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ hello }')}`);
    expect(response.status).toBe(400);
  });
});

describe('automatic persisted queries', () => {
  it('answers a known hash without the document', async () => {
    const query = '{ hello }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    expect((await post({ extensions })).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query, extensions })).body.data).toEqual({ hello: 'world' });
    expect((await post({ extensions })).body.data).toEqual({ hello: 'world' });
  });
});

describe('health', () => {
  it("is alive and stays ready while a subgraph is away; each subgraph's health is at /health/subgraphs", async () => {
    const base = url.replace('/graphql', '');
    const subgraphs = async () => (await fetch(`${base}/health/subgraphs`)).json();
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(await subgraphs()).toMatchObject({ status: 'ok', subgraphs: { requests: { ready: true }, experts: { ready: true } } });
    await requests.server.stop();
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(await subgraphs()).toMatchObject({ status: 'degraded', subgraphs: { requests: { ready: false, reason: 'unreachable' }, experts: { ready: true } } });
    requests = await startFixtureSubgraph('requests', requests.port);
    expect(await subgraphs()).toMatchObject({ status: 'ok' });
  });
});

describe('supergraph file', () => {
  it('is reloaded without a restart when it changes', async () => {
    writeSupergraph(
      { ...SCHEMAS, experts: SCHEMAS.experts.replace('expertHello: String!', 'expertHello: String! expertBye: String') },
      dirname(supergraphFile),
    );
    const deadline = Date.now() + 8000;
    let body;
    do {
      await new Promise((r) => setTimeout(r, 250));
      body = (await post({ query: '{ expertHello }' })).body;
      const schema = await post({ query: '{ __type(name: "Query") { fields { name } } }' });
      if (JSON.stringify(schema.body).includes('expertBye')) break;
    } while (Date.now() < deadline);
    const fields = (await post({ query: '{ __type(name: "Query") { fields { name } } }' })).body;
    expect(JSON.stringify(fields)).toContain('expertBye');
    expect(body.data).toEqual({ expertHello: 'expert world' });
  });
});

describe('a supergraph file that does not compose', () => {
  it('is refused: the gateway keeps serving the last good supergraph', async () => {
    writeFileSync(supergraphFile, 'schema { this is not a supergraph');
    await new Promise((r) => setTimeout(r, 2500));
    expect((await post({ query: '{ expertHello }' })).body).toEqual({ data: { expertHello: 'expert world' } });
    writeSupergraph(SCHEMAS, dirname(supergraphFile));
  });
});

describe('npm run token', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'token.js'), ...args], { env: { PATH: process.env.PATH ?? '' } });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('exit', (code) => resolve({ code, out, err }));
    });

  it('prints a development token the gateway accepts, with the role, subject and expert id asked', async () => {
    const { code, out } = await run(['expert', '--sub', 'eva.berg@gov.se', '--expert-id', 'e-42', '--hours', '2']);
    expect(code).toBe(0);
    const { payload } = await jwtVerify(out.trim(), new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
    expect(payload).toMatchObject({ roles: ['EXPERT'], sub: 'eva.berg@gov.se', expertId: 'e-42' });
    expect(payload.exp! - payload.iat!).toBe(2 * 3600);
    const answered = await post({ query: '{ hello }' }, { authorization: `Bearer ${out.trim()}` });
    expect(answered.status).toBe(200);
  });

  it('names the roles when the role is missing or unknown', async () => {
    const { code, out, err } = await run(['wizard']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      'usage: npm run token -- <PARTNER|PROJECT_OFFICER|STEERING_COMMITTEE|EXPERT|ANALYST|ADMIN> [--sub e-mail] [--expert-id id] [--org institution-id] [--hours n]\n',
    );
  });
});

describe('production mode', () => {
  it('turns introspection and the landing page off', async () => {
    const config = loadConfig('gateway', {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'a-production-jwt-secret-value',
      SUBGRAPH_SECRET: DEVELOPMENT_SECRETS.subgraphSecret,
      SUPERGRAPH_PATH: supergraphFile,
      REQUESTS_URL: `http://127.0.0.1:${requests.port}/graphql`,
      EXPERTS_URL: `http://127.0.0.1:${experts.port}/graphql`,
    });
    const production = await createGatewayServer(config, createLogger('gateway', 'silent'));
    const port = await production.listen(0);
    try {
      const introspection = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      expect(JSON.stringify(await introspection.json())).toMatch(/introspection is not allowed/i);
      const landing = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toMatch(/<html/i);
      expect((await fetch(`http://127.0.0.1:${port}/graphiql/graphiql.min.js`)).status).toBe(404);
      const hello = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      expect(await hello.json()).toEqual({ data: { hello: 'world' } });
    } finally {
      await production.stop();
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await Promise.all(serverAudits({ url, fetchFn: fetch }).map((audit) => audit.fn()));
    // Notices are the audit's MAY items; warnings (SHOULD) and errors (MUST) must not occur.
    const failures = results.filter((r) => r.status === 'warn' || r.status === 'error').map((r) => `${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
  });
});

describe('development tokens (POST /dev/token)', () => {
  const devToken = (base: string, body: unknown) =>
    fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('hands out a token for a role, with the e-mail and expert id asked, that the gateway accepts', async () => {
    const base = url.replace(/\/graphql$/, '');
    const response = await devToken(base, { role: 'EXPERT', sub: 'amina@example.org', expertId: 'e-42' });
    expect(response.status).toBe(200);
    const { token: issued, expiresInSeconds } = (await response.json()) as { token: string; expiresInSeconds: number };
    expect(expiresInSeconds).toBe(8 * 3600);
    const { payload } = await jwtVerify(issued, new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
    expect(payload).toMatchObject({ sub: 'amina@example.org', roles: ['EXPERT'], expertId: 'e-42' });
    expect((await post({ query: '{ whoami roles }' }, { authorization: `Bearer ${issued}` })).body).toEqual({
      data: { whoami: 'amina@example.org', roles: ['EXPERT'] },
    });
    const partner = (await (await devToken(base, { role: 'PARTNER', org: 'institution-7' })).json()) as { token: string };
    expect(decodeJwt(partner.token)).toMatchObject({ roles: ['PARTNER'], org: 'institution-7' });
  });

  it('refuses what is not a role, an e-mail or an id, with 400 naming it', async () => {
    const base = url.replace(/\/graphql$/, '');
    for (const [body, message] of [
      [{ role: 'KING' }, /role must be one of PARTNER/],
      [{ role: 'PARTNER', sub: 'not an e-mail' }, /sub must be an e-mail/],
      [{ role: 'EXPERT', expertId: '../../etc' }, /expertId must be an id/],
      [{ role: 'PARTNER', org: 'a b' }, /org must be an id/],
    ] as const) {
      const response = await devToken(base, body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(message);
    }
  });

  it('is not there in production, nor where the gateway has its own secret', async () => {
    for (const env of [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-jwt-secret-value', SUBGRAPH_SECRET: DEVELOPMENT_SECRETS.subgraphSecret },
      { NODE_ENV: 'test', AUTH_JWT_SECRET: 'a-configured-jwt-secret-value' },
    ]) {
      const config = loadConfig('gateway', {
        ...env,
        SUPERGRAPH_PATH: supergraphFile,
        REQUESTS_URL: `http://127.0.0.1:${requests.port}/graphql`,
        EXPERTS_URL: `http://127.0.0.1:${experts.port}/graphql`,
      });
      const other = await createGatewayServer(config, createLogger('gateway', 'silent'));
      const port = await other.listen(0);
      try {
        expect((await devToken(`http://127.0.0.1:${port}`, { role: 'ADMIN' })).status).toBe(404);
      } finally {
        await other.stop();
      }
    }
  });
});
