import { errors, jwtVerify } from 'jose';
import { HttpRejection } from '@mieux/service-kit/http';
import { ANONYMOUS, toIdentity, type Identity } from '@mieux/service-kit/identity';

/**
 * The caller's identity from an `Authorization: Bearer <JWT>` header (HS256, AUTH_JWT_SECRET).
 * No header: anonymous. A present but invalid or expired token is refused with 401, never
 * downgraded to anonymous, so a client learns at once that its token is wrong.
 */
export async function authenticate(authorization: string | undefined, secret: Uint8Array): Promise<Identity> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw new HttpRejection(401, 'The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], secret, { algorithms: ['HS256'] });
    return toIdentity(payload);
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? 'the token has expired' : 'the token is not valid';
    throw new HttpRejection(401, `Unauthenticated: ${reason}`);
  }
}
