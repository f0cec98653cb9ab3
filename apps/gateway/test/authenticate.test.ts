import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { DEVELOPMENT_SECRETS } from '@mieux/service-kit/config';
import { createAuthenticator } from '../src/authenticate';

/** An identity provider in the test: its key set served over HTTP, as Keycloak or Entra ID publish theirs. */
let provider: Server;
let jwksUrl: string;
let rsa: { privateKey: KeyLike; publicKey: KeyLike };
let ec: { privateKey: KeyLike; publicKey: KeyLike };

beforeAll(async () => {
  rsa = await generateKeyPair('RS256');
  ec = await generateKeyPair('ES256');
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  provider = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/realms/mieux/protocol/openid-connect/certs`;
});
afterAll(() => new Promise((resolve) => provider.close(resolve)));

const settings = (more: Partial<Parameters<typeof createAuthenticator>[0]> = {}) => ({
  authJwtSecret: DEVELOPMENT_SECRETS.authJwtSecret,
  authJwksUrl: jwksUrl,
  authIssuer: 'https://id.example.org/realms/mieux',
  authAudience: 'mieux-graph',
  authMaxTokenSeconds: 24 * 3600,
  ...more,
});

const now = () => Math.floor(Date.now() / 1000);
const claims = (more: JWTPayload = {}): JWTPayload => ({
  sub: 'officer-7f3a',
  roles: ['PROJECT_OFFICER'],
  iss: 'https://id.example.org/realms/mieux',
  aud: 'mieux-graph',
  iat: now(),
  exp: now() + 3600,
  ...more,
});
const hs256 = (payload: JWTPayload) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
const rs256 = (payload: JWTPayload, kid = 'rsa-1') => new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid }).sign(rsa.privateKey);
const es256 = (payload: JWTPayload) => new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'ec-1' }).sign(ec.privateKey);

const refusal = async (authenticate: ReturnType<typeof createAuthenticator>, token: string) => {
  try {
    await authenticate(`Bearer ${token}`);
  } catch (error) {
    return { status: (error as { status: number }).status, message: (error as Error).message };
  }
  throw new Error('expected the token to be refused');
};

describe('bearer tokens mean what they say', () => {
  it('accepts HS256 tokens and RS256/ES256 tokens of the identity provider (JWKS)', async () => {
    const authenticate = createAuthenticator(settings());
    for (const token of [await hs256(claims()), await rs256(claims()), await es256(claims())]) {
      expect(await authenticate(`Bearer ${token}`)).toEqual({ sub: 'officer-7f3a', roles: ['PROJECT_OFFICER'], expertId: null, org: null });
    }
  });

  it.each([
    ['without exp', () => claims({ exp: undefined }), /no expiry/],
    ['expired', () => claims({ exp: now() - 600, iat: now() - 7200 }), /expired/],
    ['issued ten years ahead', () => claims({ iat: now() + 10 * 365 * 86400 }), /issued in the future/],
    ['living longer than allowed', () => claims({ exp: now() + 30 * 86400 }), /longer than 24 hours/],
    ['from a foreign issuer', () => claims({ iss: 'https://evil.example.com' }), /another issuer/],
    ['for another audience', () => claims({ aud: 'another-app' }), /another audience/],
  ])('refuses a token %s with 401, whatever the signature', async (_, make, reason) => {
    const authenticate = createAuthenticator(settings());
    for (const sign of [hs256, rs256]) expect(await refusal(authenticate, await sign(make()))).toEqual({ status: 401, message: expect.stringMatching(reason) });
  });

  it('refuses a key the provider does not publish, and an algorithm it does not accept', async () => {
    const authenticate = createAuthenticator(settings());
    const stranger = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' }).sign(stranger.privateKey);
    expect(await refusal(authenticate, forged)).toEqual({ status: 401, message: 'Unauthenticated: the token is not valid' });
    expect(await refusal(authenticate, await rs256(claims(), 'rsa-unknown'))).toMatchObject({
      status: 401,
      message: expect.stringMatching(/does not publish/),
    });
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`;
    expect(await refusal(authenticate, none)).toMatchObject({ status: 401, message: expect.stringMatching(/none are not accepted/) });
  });

  it('with only the identity provider configured, refuses HS256 tokens', async () => {
    const authenticate = createAuthenticator(settings({ authJwtSecret: null }));
    expect(await refusal(authenticate, await hs256(claims()))).toMatchObject({ status: 401, message: expect.stringMatching(/HS256 are not accepted/) });
    expect((await authenticate(`Bearer ${await rs256(claims())}`)).sub).toBe('officer-7f3a');
  });

  it('checks issuer and audience only when they are configured', async () => {
    const authenticate = createAuthenticator(settings({ authIssuer: null, authAudience: null }));
    expect((await authenticate(`Bearer ${await hs256(claims({ iss: 'anyone', aud: 'anything' }))}`)).roles).toEqual(['PROJECT_OFFICER']);
  });
});
