import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = ['PARTNER', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'EXPERT', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: verified by the gateway from the bearer token. Anonymous callers have no sub. */
export interface Identity {
  sub: string | null;
  roles: readonly Role[];
  expertId: string | null;
  /** The partner institution a PARTNER acts for (the token's `org` claim); absent otherwise. */
  org?: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: null, roles: Object.freeze([]), expertId: null, org: null });

/** Header carrying the identity (base64url JSON) and, after a dot, its HMAC-SHA256 signature. */
export const IDENTITY_HEADER = 'x-mieux-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * How long a signed identity stays valid: the gateway signs each subgraph call as it sends it, so
 * this only covers the trip and clock skew between pods.
 */
const SIGNATURE_LIFETIME_SECONDS = 30;

interface SignedPayload {
  sub: string | null;
  roles: Role[];
  expertId: string | null;
  org: string | null;
  exp: number;
  /** SHA-256 of the one request the identity was signed for (its body; for GET, its query string). */
  req?: string;
}

/** The digest that binds a signed identity to one request: a captured header is worth nothing for any other call. */
export function requestDigest(request: string): string {
  return createHash('sha256').update(request).digest('base64url');
}

/** The subgraphs' signature of a message: HMAC-SHA256 with their shared secret. */
export function subgraphSignature(message: string, secret: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Whether a given signature is the expected one, compared in constant time. */
export function signatureMatches(expected: string, given: string | null | undefined): boolean {
  const a = Buffer.from(expected);
  // Stryker disable next-line StringLiteral: an absent signature matches no HMAC, whatever text stands in for it
  const b = Buffer.from(given ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Signs an identity for the identity header, bound to the request it goes with (`request`: the exact
 * body sent, or the query string of a GET). `nowSeconds` is the current Unix time.
 */
export function signIdentity(identity: Identity, secret: string, request: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const body: SignedPayload = {
    sub: identity.sub,
    roles: [...identity.roles],
    expertId: identity.expertId,
    org: identity.org ?? null,
    exp: nowSeconds + SIGNATURE_LIFETIME_SECONDS,
    req: requestDigest(request),
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${subgraphSignature(payload, secret)}`;
}

export class IdentityRejected extends Error {
  override name = 'IdentityRejected';
}

/**
 * Verifies the identity header signed by the gateway for this very request (`request`: the body
 * received, or the query string of a GET). Throws IdentityRejected when it is missing, malformed,
 * forged, expired or made for another request: a subgraph then refuses the call.
 */
export function verifyIdentity(header: string | undefined | null, secret: string, request: string, nowSeconds = Math.floor(Date.now() / 1000)): Identity {
  if (!header) throw new IdentityRejected('missing gateway signature');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw new IdentityRejected('malformed identity header');
  if (!signatureMatches(subgraphSignature(payload, secret), signature)) throw new IdentityRejected('invalid gateway signature');
  let body: SignedPayload;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedPayload;
  } catch {
    throw new IdentityRejected('malformed identity payload');
  }
  if (typeof body.exp !== 'number' || body.exp < nowSeconds) throw new IdentityRejected('expired identity');
  if (body.exp > nowSeconds + SIGNATURE_LIFETIME_SECONDS) throw new IdentityRejected('identity signed for too long');
  if (body.req !== requestDigest(request)) throw new IdentityRejected('identity signed for another request');
  return toIdentity(body);
}

/** Normalises untrusted claims into an Identity, keeping only known roles. */
export function toIdentity(claims: { sub?: unknown; roles?: unknown; expertId?: unknown; org?: unknown }): Identity {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string)) : [];
  return {
    sub: typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : null,
    roles,
    expertId: typeof claims.expertId === 'string' && claims.expertId.length > 0 ? claims.expertId : null,
    org: typeof claims.org === 'string' && claims.org.length > 0 ? claims.org : null,
  };
}

/**
 * The caller as logs name it: a stable, opaque id (a digest of the token's subject), never the
 * subject itself, which is often an e-mail address. Anonymous callers are "anonymous".
 */
export function callerId(identity: Identity): string {
  return identity.sub ? createHash('sha256').update(`mieux-caller:${identity.sub}`).digest('base64url').slice(0, 16) : 'anonymous';
}
