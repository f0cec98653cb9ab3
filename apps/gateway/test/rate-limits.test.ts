import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT } from 'jose';
import { createLogger, DEVELOPMENT_SECRETS, loadConfig, type SubgraphContext, type SubgraphServer } from '@mieux/service-kit';
import { createGatewayServer, type GatewayServer } from '../src/gateway-server';
import { startFixtureSubgraph, writeSupergraph } from './fixtures/two-subgraphs';

/** The machine's Redis (REDIS_URL in production); the tests count under addresses of their own. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let requests: { server: SubgraphServer<SubgraphContext>; port: number };
let experts: { server: SubgraphServer<SubgraphContext>; port: number };
let supergraphFile: string;
const gateways: GatewayServer[] = [];

beforeAll(async () => {
  requests = await startFixtureSubgraph('requests');
  experts = await startFixtureSubgraph('experts');
  supergraphFile = writeSupergraph();
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  await requests.server.stop();
  await experts.server.stop();
  rmSync(dirname(supergraphFile), { recursive: true, force: true });
});

async function startGateway(env: Record<string, string>): Promise<string> {
  const config = loadConfig('gateway', {
    NODE_ENV: 'test',
    SUPERGRAPH_PATH: supergraphFile,
    REQUESTS_URL: `http://127.0.0.1:${requests.port}/graphql`,
    EXPERTS_URL: `http://127.0.0.1:${experts.port}/graphql`,
    TRUST_PROXY: 'true',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '2',
    ...env,
  });
  const gateway = await createGatewayServer(config, createLogger('gateway', 'silent'));
  gateways.push(gateway);
  return `http://127.0.0.1:${await gateway.listen(0)}/graphql`;
}

/** A client address of this test run alone, so counters left by an earlier run cannot interfere. */
const freshAddress = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(6).toString('hex')}`;

async function call(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

const bearer = async (sub: string) =>
  `Bearer ${await new SignJWT({ roles: ['PROJECT_OFFICER'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret))}`;

describe('rate limits', () => {
  it.each([
    ['in Redis', { REDIS_URL }],
    ['in memory without Redis', {}],
  ])('answers 429 with Retry-After once an anonymous client is over its limit (%s)', async (_, env) => {
    const url = await startGateway(env);
    const client = { 'x-forwarded-for': `${freshAddress()}, 10.0.0.1` };
    for (let i = 0; i < 3; i += 1) expect((await call(url, '{ hello }', client)).status).toBe(200);
    const refused = await call(url, '{ hello }', client);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many calls without signing in from this address: at most 3 a minute/),
      extensions: { code: 'RATE_LIMITED' },
    });
    expect((await call(url, '{ hello }', { 'x-forwarded-for': freshAddress() })).status).toBe(200);
  });

  it('shares the counters of every gateway replica through Redis', async () => {
    const [first, second] = [await startGateway({ REDIS_URL }), await startGateway({ REDIS_URL })];
    const client = { 'x-forwarded-for': freshAddress() };
    expect((await call(first, '{ hello }', client)).status).toBe(200);
    expect((await call(second, '{ hello }', client)).status).toBe(200);
    expect((await call(first, '{ hello }', client)).status).toBe(200);
    expect((await call(second, '{ hello }', client)).status).toBe(429);
  });

  it('limits the changes of a signed-in caller, not their reads', async () => {
    const url = await startGateway({ REDIS_URL });
    const officer = { authorization: await bearer(`officer-${randomBytes(6).toString('hex')}`) };
    for (let i = 0; i < 5; i += 1) expect((await call(url, '{ hello }', officer)).status).toBe(200);
    expect((await call(url, 'mutation { ping }', officer)).body).toEqual({ data: { ping: 'pong' } });
    expect((await call(url, 'mutation { ping }', officer)).status).toBe(200);
    const refused = await call(url, 'mutation { ping }', officer);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    const colleague = { authorization: await bearer(`officer-${randomBytes(6).toString('hex')}`) };
    expect((await call(url, 'mutation { ping }', colleague)).status).toBe(200);
  });

  it('keeps serving, counting in memory, when Redis is away', async () => {
    const url = await startGateway({ REDIS_URL: 'redis://127.0.0.1:1' });
    const client = { 'x-forwarded-for': freshAddress() };
    for (let i = 0; i < 3; i += 1) expect((await call(url, '{ hello }', client)).status).toBe(200);
    expect((await call(url, '{ hello }', client)).status).toBe(429);
  });
});
