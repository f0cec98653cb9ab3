import { type ConfigError, loadConfig } from '@mieux/service-kit/config';
import { ROLES, type Role } from '@mieux/service-kit/identity';
import { signToken } from './development-token';

/**
 * `npm run token -- ROLE [--sub e-mail] [--expert-id id] [--org institution-id] [--hours n]`: prints a development bearer
 * token signed with AUTH_JWT_SECRET (the development secret unless set).
 */
async function main(args: string[]): Promise<void> {
  const role = args[0]?.toUpperCase();
  if (!role || !(ROLES as readonly string[]).includes(role)) {
    process.stderr.write(`usage: npm run token -- <${ROLES.join('|')}> [--sub e-mail] [--expert-id id] [--org institution-id] [--hours n]\n`);
    process.exit(2);
  }
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  let config;
  try {
    config = loadConfig('gateway');
  } catch (error) {
    process.stderr.write(`${(error as ConfigError).message}\n`);
    process.exit(1);
  }
  const secret = config.authJwtSecret ?? fail('AUTH_JWT_SECRET is not set: tokens of this gateway come from its identity provider (AUTH_JWKS_URL)');
  const token = await signToken(secret, {
    role: role as Role,
    sub: option('--sub'),
    expertId: option('--expert-id'),
    org: option('--org'),
    hours: Number(option('--hours') ?? 12),
  });
  process.stdout.write(`${token}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

void main(process.argv.slice(2));
