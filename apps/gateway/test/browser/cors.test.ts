import type { Browser } from 'playwright-core';
import { SignJWT } from 'jose';
import { DEVELOPMENT_SECRETS } from '@mieux/service-kit/config';
import { startFixtureGraph, type FixtureGraph } from '../fixtures/two-subgraphs';
import { launchChromium, servePage } from './chromium';

let graph: FixtureGraph;
let page: Awaited<ReturnType<typeof servePage>>;
let browser: Browser;
/** Every call the gateway received, as `METHOD origin`, preflights included. */
const received: string[] = [];

beforeAll(async () => {
  graph = await startFixtureGraph({ CORS_ORIGINS: 'http://localhost:*' });
  graph.gateway.http.on('request', (req) => received.push(`${req.method} ${req.headers.origin ?? '-'}`));
  page = await servePage('<!doctype html><title>client app</title><p>A browser app on another origin</p>');
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await graph?.close();
});

interface Outcome {
  status?: number;
  body?: unknown;
  requestId?: string | null;
  failed?: string;
}

/** Opens the app at `origin` in Chromium and runs a fetch to the gateway from it. */
async function fetchFrom(
  origin: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; credentials?: string; search?: string },
): Promise<Outcome> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/`);
    return await tab.evaluate(
      async ({ url, init }) => {
        try {
          const response = await fetch(url + (init.search ?? ''), init as RequestInit);
          return { status: response.status, body: await response.json(), requestId: response.headers.get('x-request-id') };
        } catch (error) {
          return { failed: String(error) };
        }
      },
      { url: graph.url, init },
    );
  } finally {
    await context.close();
  }
}

async function bearer(): Promise<string> {
  const token = await new SignJWT({ roles: ['ANALYST'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ana@example.org')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
  return `Bearer ${token}`;
}

const whoami = JSON.stringify({ query: '{ whoami hello }' });

describe('a browser app on another origin', () => {
  it('calls the gateway from an allowed origin, preflight included, and reads the answer and its request id', async () => {
    const origin = `http://localhost:${page.port}`;
    received.length = 0;
    const outcome = await fetchFrom(origin, { method: 'POST', headers: { 'content-type': 'application/json', authorization: await bearer() }, body: whoami });
    expect(outcome).toMatchObject({ status: 200, body: { data: { whoami: 'ana@example.org', hello: 'world' } } });
    expect(outcome.requestId).toMatch(/^[\w-]{8,}$/);
    expect(received).toEqual([`OPTIONS ${origin}`, `POST ${origin}`]);
  }, 30_000);

  it('is refused from an origin not on the allowlist: the preflight gets no CORS header and the call is never sent', async () => {
    const origin = `http://127.0.0.1:${page.port}`;
    received.length = 0;
    const outcome = await fetchFrom(origin, { method: 'POST', headers: { 'content-type': 'application/json', authorization: await bearer() }, body: whoami });
    expect(outcome.failed).toMatch(/Failed to fetch/);
    expect(received).toEqual([`OPTIONS ${origin}`]);
  }, 30_000);

  it('cannot send credentials (cookies): the gateway never allows them', async () => {
    const outcome = await fetchFrom(`http://localhost:${page.port}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: whoami,
      credentials: 'include',
    });
    expect(outcome.failed).toMatch(/Failed to fetch/);
  }, 30_000);

  it('still meets CSRF prevention for a simple request, which needs no preflight', async () => {
    const outcome = await fetchFrom(`http://localhost:${page.port}`, { search: `?query=${encodeURIComponent('{ hello }')}` });
    expect(outcome.status).toBe(400);
    expect(JSON.stringify(outcome.body)).toMatch(/CSRF|apollo-require-preflight/i);
  }, 30_000);
});

describe('the preflight', () => {
  it('answers 204 with the allowed methods and headers for an allowed origin', async () => {
    const response = await fetch(graph.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight', 'traceparent']),
    );
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives no CORS header to another origin', async () => {
    const response = await fetch(graph.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
