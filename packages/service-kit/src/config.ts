import { DEFAULT_INVITATION_TTL_HOURS } from '@mieux/domain';
import { z } from 'zod';
import { SERVICE_PORTS, type ServiceName, type SubgraphName, type WorkerName } from './registry';

export { SERVICE_PORTS, type ServiceName, type SubgraphName, type WorkerName };

/** The port of a service in a graph whose gateway is at `portBase` (subgraphs at +1…+4, the portal at +5, the notifier at +6, the portfolio at +7). */
export function portOf(service: ServiceName, portBase: number = SERVICE_PORTS.gateway): number {
  return portBase + SERVICE_PORTS[service] - SERVICE_PORTS.gateway;
}

/** Seconds between two sweeps of the invitations fallen due when INVITATION_SWEEP_SECONDS is not set. */
export const DEFAULT_INVITATION_SWEEP_SECONDS = 300;

/** Secrets used when nothing is configured outside production, so a bare machine can run the graph. */
export const DEVELOPMENT_SECRETS = {
  authJwtSecret: 'mieux-development-jwt-secret-not-for-production',
  subgraphSecret: 'mieux-development-subgraph-secret-not-for-production',
} as const;

/** A configuration value is wrong: the process must not start. The message is one line for an operator. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ServiceConfig {
  service: ServiceName;
  port: number;
  /** The interface to listen on: loopback on a developer's machine, every interface in containers. */
  host: string;
  production: boolean;
  logLevel: string;
  /** MySQL/MariaDB server; null means the embedded sql.js database under dataDir. */
  databaseUrl: string | null;
  /** The service's own database on that server. */
  databaseName: string;
  dataDir: string;
  subgraphSecret: string;
  /** HS256 key of bearer tokens; null when only AUTH_JWKS_URL signs them (production without a secret). */
  authJwtSecret: string | null;
  /** Where the identity provider publishes its keys (RS256/ES256 tokens), e.g. Keycloak's `.../certs`. */
  authJwksUrl: string | null;
  /** The `iss` and `aud` a bearer token must carry, when set. */
  authIssuer: string | null;
  authAudience: string | null;
  /** The longest a bearer token may live: its `exp` at most this far ahead. */
  authMaxTokenSeconds: number;
  /** Domain events between services: NATS JetStream when `natsUrl` is set, else consumers pull producers' outboxes. */
  events: EventsConfig;
  /** Redis for counters shared by every gateway replica (rate limits); null: in memory. */
  redisUrl: string | null;
  /** Calls a minute one client address may make without signing in. */
  rateLimitAnonymousPerMinute: number;
  /** Mutations a minute one caller may make. */
  rateLimitMutationsPerMinute: number;
  /** Whether the first X-Forwarded-For hop is the client (behind a load balancer or ingress). */
  trustProxy: boolean;
  /** Where each subgraph answers, for the gateway and for service-to-service fact checks. */
  subgraphUrls: Record<SubgraphName, string | null>;
  subgraphTimeoutMs: number;
  /** Run the migrations and exit (a deployment's migration job). */
  migrateOnly: boolean;
  /** How long an expert has to answer an invitation (hours); at the latest, until the end of its activity's first day. */
  invitationTtlHours: number;
  /** Seconds between two sweeps of the invitations fallen due (their expiries' events written); 0: no sweep. */
  invitationSweepSeconds: number;
  /** Where the gateway reads the composed supergraph. */
  supergraphPath: string | null;
  /** Load the demo portfolio into the service's tables when they are empty. */
  seedDemo: boolean;
  /** Copies of the demo portfolio to load (benchmarks use 10). */
  demoScale: number;
  /**
   * Browser origins allowed to call the gateway (CORS_ORIGINS, comma-separated; a port may be `*`).
   * Outside production `http://localhost:*` and `http://127.0.0.1:*` unless set; none in production unless set.
   */
  corsOrigins: string[];
  /** OpenTelemetry traces: exported over OTLP/HTTP when an endpoint is set, off (and not loaded) otherwise. */
  tracing: TracingConfig;
  /** Where the notifier sends its e-mails, and as whom. */
  mail: MailConfig;
}

export interface MailConfig {
  /** `smtp://` or `smtps://` server (user and password in the URL); outside production the local catcher of `npm start` by default. */
  smtpUrl: string;
  /** The From of every e-mail, e.g. `MIEUX+ <no-reply@mieux.example>`. */
  from: string;
}

/** The SMTP catcher `npm start` runs for the notifier, beside the graph: PORT_BASE + 25. */
export const CATCHER_PORT_OFFSET = 25;

/** The From of e-mails outside production when MAIL_FROM is not set. */
export const DEVELOPMENT_MAIL_FROM = 'MIEUX+ <no-reply@mieux.localhost>';

export interface EventsConfig {
  /** NATS server(s) with JetStream; null: the broker-less outbox transport. */
  natsUrl: string | null;
  /** Streams are `<PREFIX>_<PRODUCER>`, subjects `<prefix>.<producer>.<Type>`. */
  streamPrefix: string;
  /** Copies of each stream in a NATS cluster. */
  streamReplicas: number;
}

export interface TracingConfig {
  /** OTLP/HTTP base URL (spans go to `<endpoint>/v1/traces`); null turns tracing off. */
  endpoint: string | null;
  /** `service.name` of the spans. */
  serviceName: string;
  /** Milliseconds between two exports of the finished spans. */
  exportDelayMs: number;
}

/** The origins a browser app may call from when CORS_ORIGINS is not set outside production. */
export const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** `scheme://host[:port]` with no path, where the port may be `*` (any port of that host). */
const ORIGIN_PATTERN = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?$/i;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const urlish = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return protocols.includes(url.protocol) && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PORT_BASE: z.coerce.number().int().min(1).max(65528).optional(),
  HOST: z
    .string()
    .regex(/^[0-9a-fA-F.:]+$|^localhost$/, 'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::) or localhost')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATABASE_URL: urlish(['mysql:', 'mariadb:']).optional(),
  DATABASE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/, 'must be letters, digits or _ (at most 64)')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  AUTH_JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  AUTH_JWKS_URL: urlish(['http:', 'https:']).optional(),
  AUTH_ISSUER: z.string().min(1).max(500).optional(),
  AUTH_AUDIENCE: z.string().min(1).max(500).optional(),
  AUTH_MAX_TOKEN_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  REDIS_URL: urlish(['redis:', 'rediss:']).optional(),
  NATS_URL: z
    .string()
    .refine(
      (value) => value.split(',').every((server) => /^(nats|tls):\/\/[^/\s]+$/.test(server.trim())),
      'must be nats://host:port (or tls://), comma-separated for a cluster',
    )
    .optional(),
  NATS_STREAM_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'must be a letter then letters, digits or _ (at most 32)')
    .default('MIEUX'),
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  SUBGRAPH_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  REQUESTS_URL: urlish(['http:', 'https:']).optional(),
  ACTIONS_URL: urlish(['http:', 'https:']).optional(),
  EXPERTS_URL: urlish(['http:', 'https:']).optional(),
  MONITORING_URL: urlish(['http:', 'https:']).optional(),
  PORTFOLIO_URL: urlish(['http:', 'https:']).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(120000).default(5000),
  INVITATION_TTL_HOURS: z.coerce.number().min(0.0005).max(2160).default(DEFAULT_INVITATION_TTL_HOURS),
  INVITATION_SWEEP_SECONDS: z.coerce
    .number()
    .min(0)
    .max(86400)
    .refine((seconds) => seconds === 0 || seconds >= 0.1, 'must be 0 (no sweep) or at least 0.1')
    .default(DEFAULT_INVITATION_SWEEP_SECONDS),
  MIGRATE_ONLY: z.enum(['true', 'false', '1', '0']).default('false'),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  SEED_DEMO: z.enum(['true', 'false', '1', '0']).default('false'),
  DEMO_SCALE: z.coerce.number().int().min(1).max(100).default(1),
  OTEL_EXPORTER_OTLP_ENDPOINT: urlish(['http:', 'https:']).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(255).optional(),
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(10).max(60000).default(5000),
  SMTP_URL: urlish(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>\r\n]{1,100} )?<?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address, e.g. MIEUX+ <no-reply@example.org>')
    .optional(),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .refine(
      (origins) => origins.every((origin) => ORIGIN_PATTERN.test(origin)),
      'must be origins like https://app.example.org or http://localhost:*, comma-separated',
    )
    .optional(),
});

/** Every variable the services read (the README's configuration table documents each). */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the whole configuration of one service, once, at start-up.
 * Throws a ConfigError whose message names every wrong variable on one line.
 */
export function loadConfig(service: ServiceName, env: Env = process.env): ServiceConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`${service}: invalid configuration: ${problems.join('; ')}`);
  }
  const v = parsed.data;
  const production = v.NODE_ENV === 'production';
  if (production) {
    // A subgraph in production keeps its data on a server: the embedded file is for development.
    const required: ('SUBGRAPH_SECRET' | 'AUTH_JWT_SECRET' | 'DATABASE_URL' | 'SMTP_URL' | 'MAIL_FROM')[] =
      service === 'gateway'
        ? v.AUTH_JWKS_URL
          ? ['SUBGRAPH_SECRET']
          : ['SUBGRAPH_SECRET', 'AUTH_JWT_SECRET']
        : service === 'notifier' && !['true', '1'].includes(v.MIGRATE_ONLY)
          ? ['SUBGRAPH_SECRET', 'DATABASE_URL', 'SMTP_URL', 'MAIL_FROM']
          : ['SUBGRAPH_SECRET', 'DATABASE_URL'];
    const missing = required.filter((name) => !v[name]);
    if (missing.length > 0) {
      const unless = missing.includes('AUTH_JWT_SECRET') ? ' (AUTH_JWT_SECRET unless AUTH_JWKS_URL is set)' : '';
      throw new ConfigError(`${service}: ${missing.join(' and ')} must be set when NODE_ENV=production${unless}`);
    }
  }
  return {
    service,
    port: v.PORT ?? portOf(service, v.PORT_BASE),
    host: v.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    logLevel: v.LOG_LEVEL,
    databaseUrl: v.DATABASE_URL ?? null,
    databaseName: v.DATABASE_NAME ?? `mieux_${service}`,
    dataDir: v.DATA_DIR,
    subgraphSecret: v.SUBGRAPH_SECRET ?? DEVELOPMENT_SECRETS.subgraphSecret,
    authJwtSecret: v.AUTH_JWT_SECRET ?? (production ? null : DEVELOPMENT_SECRETS.authJwtSecret),
    authJwksUrl: v.AUTH_JWKS_URL ?? null,
    authIssuer: v.AUTH_ISSUER ?? null,
    authAudience: v.AUTH_AUDIENCE ?? null,
    authMaxTokenSeconds: Math.round(v.AUTH_MAX_TOKEN_HOURS * 3600),
    redisUrl: v.REDIS_URL ?? null,
    events: { natsUrl: v.NATS_URL ?? null, streamPrefix: v.NATS_STREAM_PREFIX, streamReplicas: v.NATS_STREAM_REPLICAS },
    rateLimitAnonymousPerMinute: v.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    rateLimitMutationsPerMinute: v.RATE_LIMIT_MUTATIONS_PER_MINUTE,
    trustProxy: v.TRUST_PROXY === 'true' || v.TRUST_PROXY === '1',
    subgraphUrls: {
      requests: v.REQUESTS_URL ?? localUrl('requests', v.PORT_BASE),
      actions: v.ACTIONS_URL ?? localUrl('actions', v.PORT_BASE),
      experts: v.EXPERTS_URL ?? localUrl('experts', v.PORT_BASE),
      monitoring: v.MONITORING_URL ?? localUrl('monitoring', v.PORT_BASE),
      portfolio: v.PORTFOLIO_URL ?? localUrl('portfolio', v.PORT_BASE),
    },
    subgraphTimeoutMs: v.SUBGRAPH_TIMEOUT_MS,
    invitationTtlHours: v.INVITATION_TTL_HOURS,
    invitationSweepSeconds: v.INVITATION_SWEEP_SECONDS,
    migrateOnly: v.MIGRATE_ONLY === 'true' || v.MIGRATE_ONLY === '1',
    supergraphPath: v.SUPERGRAPH_PATH ?? null,
    seedDemo: v.SEED_DEMO === 'true' || v.SEED_DEMO === '1',
    demoScale: v.DEMO_SCALE,
    tracing: {
      endpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
      serviceName: v.OTEL_SERVICE_NAME ?? `mieux-${service}`,
      exportDelayMs: v.OTEL_BSP_SCHEDULE_DELAY,
    },
    corsOrigins: v.CORS_ORIGINS ?? (production ? [] : DEVELOPMENT_CORS_ORIGINS),
    mail: {
      smtpUrl: v.SMTP_URL ?? `smtp://127.0.0.1:${(v.PORT_BASE ?? SERVICE_PORTS.gateway) + CATCHER_PORT_OFFSET}`,
      from: v.MAIL_FROM ?? DEVELOPMENT_MAIL_FROM,
    },
  };
}

/**
 * Whether traces are wanted, known before the configuration is validated: instrumentation must be
 * installed before the modules it wraps load, so it cannot wait for `loadConfig`.
 */
export function tracingRequested(env: Env = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/** The local address of a subgraph when its URL is not configured. */
export function defaultSubgraphUrl(name: SubgraphName, portBase?: number): string {
  return `http://127.0.0.1:${portOf(name, portBase)}/graphql`;
}

/** With PORT_BASE, a subgraph without a configured URL is the local one of the same graph. */
function localUrl(name: SubgraphName, portBase: number | undefined): string | null {
  return portBase === undefined ? null : defaultSubgraphUrl(name, portBase);
}
