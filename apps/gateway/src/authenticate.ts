import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { ServiceConfig } from '@mieux/service-kit/config';
import { HttpRejection } from '@mieux/service-kit/http';
import { ANONYMOUS, toIdentity, type Identity } from '@mieux/service-kit/identity';

/** Clock skew tolerated between the identity provider and the gateway. */
const CLOCK_TOLERANCE_SECONDS = 60;
/** Asymmetric algorithms accepted from the identity provider's key set. */
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

export type Authenticate = (authorization: string | undefined) => Promise<Identity>;

type TokenSettings = Pick<ServiceConfig, 'authJwtSecret' | 'authJwksUrl' | 'authIssuer' | 'authAudience' | 'authMaxTokenSeconds'>;

/**
 * The caller's identity from an `Authorization: Bearer <JWT>` header: HS256 with AUTH_JWT_SECRET,
 * or RS256/ES256 with the identity provider's keys (AUTH_JWKS_URL, fetched and cached by jose).
 * A token must carry `exp`, at most AUTH_MAX_TOKEN_HOURS ahead; its `iat`, when present, is not in
 * the future; `iss` and `aud` must match when AUTH_ISSUER and AUTH_AUDIENCE are set. No header:
 * anonymous. A present but invalid token is refused with 401, never downgraded to anonymous, so a
 * client learns at once that its token is wrong.
 */
export function createAuthenticator(settings: TokenSettings): Authenticate {
  const secret = settings.authJwtSecret ? new TextEncoder().encode(settings.authJwtSecret) : null;
  const keySet = settings.authJwksUrl ? createRemoteJWKSet(new URL(settings.authJwksUrl)) : null;
  const options = {
    requiredClaims: ['exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    ...(settings.authIssuer ? { issuer: settings.authIssuer } : {}),
    ...(settings.authAudience ? { audience: settings.authAudience } : {}),
  };

  const verify = async (token: string): Promise<JWTPayload> => {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256' && secret) return (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    if (keySet && alg && JWKS_ALGORITHMS.includes(alg)) return (await jwtVerify(token, keySet, { ...options, algorithms: JWKS_ALGORITHMS })).payload;
    throw new HttpRejection(401, `Unauthenticated: tokens signed with ${alg ?? 'no algorithm'} are not accepted`);
  };

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new HttpRejection(401, 'The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      payload = await verify(match[1]);
    } catch (error) {
      if (error instanceof HttpRejection) throw error;
      throw new HttpRejection(401, `Unauthenticated: ${reasonOf(error)}`);
    }
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > now + CLOCK_TOLERANCE_SECONDS) {
      throw new HttpRejection(401, 'Unauthenticated: the token is issued in the future');
    }
    if ((payload.exp as number) > now + settings.authMaxTokenSeconds + CLOCK_TOLERANCE_SECONDS) {
      throw new HttpRejection(401, `Unauthenticated: the token lives longer than ${settings.authMaxTokenSeconds / 3600} hours`);
    }
    return toIdentity(payload);
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp') return 'the token has no expiry (exp)';
    if (error.claim === 'iss') return 'the token comes from another issuer';
    if (error.claim === 'aud') return 'the token is meant for another audience';
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key the identity provider does not publish';
  if (error instanceof errors.JWKSTimeout) return "the identity provider's keys could not be read in time";
  return 'the token is not valid';
}
