import { SignJWT } from 'jose';
import { DEVELOPMENT_SECRETS, type ServiceConfig } from '@mieux/service-kit/config';
import { HttpRejection } from '@mieux/service-kit/http';
import { ROLES, type Role } from '@mieux/service-kit/identity';

export interface DevelopmentCaller {
  role: Role;
  sub?: string;
  expertId?: string;
  /** A partner's institution. */
  org?: string;
  hours?: number;
}

/** A bearer token for a role, signed with an HS256 secret (`npm run token`, the landing page, `/dev/token`). */
export function signToken(secret: string, caller: DevelopmentCaller): Promise<string> {
  return new SignJWT({ roles: [caller.role], ...(caller.expertId ? { expertId: caller.expertId } : {}), ...(caller.org ? { org: caller.org } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub ?? `${caller.role.toLowerCase().replace(/_/g, '.')}@example.org`)
    .setIssuedAt()
    .setExpirationTime(`${caller.hours ?? 12}h`)
    .sign(new TextEncoder().encode(secret));
}

/**
 * The secret a gateway may hand out tokens with: the development one, outside production. A gateway
 * configured with its own AUTH_JWT_SECRET (or an identity provider) never hands out tokens.
 */
export function developmentSecret(config: Pick<ServiceConfig, 'production' | 'authJwtSecret'>): string | null {
  return !config.production && config.authJwtSecret === DEVELOPMENT_SECRETS.authJwtSecret ? config.authJwtSecret : null;
}

/** Hours a token from `/dev/token` lives: a working session. */
const DEVELOPMENT_TOKEN_HOURS = 8;

/**
 * `POST /dev/token` with `{ role, sub?, expertId?, org? }`: a development token, for the portal's role picker
 * and scripts. Answers 400 naming what is wrong.
 */
export function developmentTokenEndpoint(secret: string) {
  return async (body: unknown): Promise<{ token: string; expiresInSeconds: number }> => {
    const { role, sub, expertId, org } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw new HttpRejection(400, `role must be one of ${ROLES.join(', ')}`);
    }
    if (sub !== undefined && (typeof sub !== 'string' || !/^[^\s@]{1,64}@[^\s@]{1,190}$/.test(sub)))
      throw new HttpRejection(400, 'sub must be an e-mail address');
    if (expertId !== undefined && (typeof expertId !== 'string' || !/^[\w-]{1,64}$/.test(expertId))) throw new HttpRejection(400, 'expertId must be an id');
    if (org !== undefined && (typeof org !== 'string' || !/^[\w-]{1,64}$/.test(org))) throw new HttpRejection(400, 'org must be an id');
    const token = await signToken(secret, {
      role: role as Role,
      sub,
      expertId,
      org,
      hours: DEVELOPMENT_TOKEN_HOURS,
    });
    return { token, expiresInSeconds: DEVELOPMENT_TOKEN_HOURS * 3600 };
  };
}
