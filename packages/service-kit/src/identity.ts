import { createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = ['PARTNER', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'EXPERT', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: verified by the gateway from the bearer token. Anonymous callers have no sub. */
export interface Identity {
  sub: string | null;
  roles: readonly Role[];
  expertId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: null, roles: Object.freeze([]) as readonly Role[], expertId: null });

/** Header carrying the identity (base64url JSON) and, after a dot, its HMAC-SHA256 signature. */
export const IDENTITY_HEADER = 'x-mieux-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

/** How long a signed identity stays valid: long enough for one request's fan-out, short against replay. */
const SIGNATURE_LIFETIME_SECONDS = 120;

interface SignedPayload {
  sub: string | null;
  roles: Role[];
  expertId: string | null;
  exp: number;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Signs an identity for the identity header. `nowSeconds` is the current Unix time. */
export function signIdentity(identity: Identity, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const body: SignedPayload = {
    sub: identity.sub,
    roles: [...identity.roles],
    expertId: identity.expertId,
    exp: nowSeconds + SIGNATURE_LIFETIME_SECONDS,
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

export class IdentityRejected extends Error {
  override name = 'IdentityRejected';
}

/**
 * Verifies the identity header signed by the gateway. Throws IdentityRejected when it is missing,
 * malformed, forged or expired: a subgraph then refuses the call.
 */
export function verifyIdentity(
  header: string | undefined | null,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Identity {
  if (!header) throw new IdentityRejected('missing gateway signature');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw new IdentityRejected('malformed identity header');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new IdentityRejected('invalid gateway signature');
  }
  let body: SignedPayload;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedPayload;
  } catch {
    throw new IdentityRejected('malformed identity payload');
  }
  if (typeof body.exp !== 'number' || body.exp < nowSeconds) throw new IdentityRejected('expired identity');
  return toIdentity(body);
}

/** Normalises untrusted claims into an Identity, keeping only known roles. */
export function toIdentity(claims: { sub?: unknown; roles?: unknown; expertId?: unknown }): Identity {
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string))
    : [];
  return {
    sub: typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : null,
    roles,
    expertId: typeof claims.expertId === 'string' && claims.expertId.length > 0 ? claims.expertId : null,
  };
}
