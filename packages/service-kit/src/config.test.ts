import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, DEVELOPMENT_SECRETS, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs a bare machine on the embedded database with development defaults', () => {
    const config = loadConfig('experts', {});
    expect(config).toMatchObject({
      port: 4003,
      production: false,
      databaseUrl: null,
      databaseName: 'mieux_experts',
      dataDir: '.data',
      subgraphSecret: DEVELOPMENT_SECRETS.subgraphSecret,
      migrateOnly: false,
    });
  });

  it('reads MySQL, port and subgraph URLs', () => {
    const config = loadConfig('actions', {
      DATABASE_URL: 'mysql://mieux:pw@db:3306',
      PORT: '5002',
      REQUESTS_URL: 'http://requests:4001/graphql',
      MIGRATE_ONLY: 'true',
    });
    expect(config.databaseUrl).toBe('mysql://mieux:pw@db:3306');
    expect(config.port).toBe(5002);
    expect(config.subgraphUrls.requests).toBe('http://requests:4001/graphql');
    expect(config.migrateOnly).toBe(true);
  });

  it('places a second graph beside the first with PORT_BASE: gateway at it, subgraphs at +1…+4 and the portfolio at +7, calling each other there', () => {
    expect(loadConfig('gateway', { PORT_BASE: '5000' }).port).toBe(5000);
    const actions = loadConfig('actions', { PORT_BASE: '5000', EXPERTS_URL: 'http://experts:4003/graphql' });
    expect(actions.port).toBe(5002);
    expect(actions.subgraphUrls).toEqual({
      requests: 'http://127.0.0.1:5001/graphql',
      actions: 'http://127.0.0.1:5002/graphql',
      experts: 'http://experts:4003/graphql',
      monitoring: 'http://127.0.0.1:5004/graphql',
      portfolio: 'http://127.0.0.1:5007/graphql',
    });
    expect(loadConfig('portfolio', { PORT_BASE: '5000' }).port).toBe(5007);
    expect(loadConfig('monitoring', { PORT_BASE: '5000', PORT: '6000' }).port).toBe(6000);
    expect(loadConfig('requests', {}).subgraphUrls.actions).toBeNull();
    expect(() => loadConfig('requests', { PORT_BASE: '65529' })).toThrow(/PORT_BASE/);
  });

  it('refuses a malformed DATABASE_URL with one line naming the variable', () => {
    expect(() => loadConfig('requests', { DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
    expect(() => loadConfig('requests', { DATABASE_URL: 'not a url' })).toThrow(/^requests: invalid configuration: DATABASE_URL must be a URL/);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig('gateway', { PORT: 'eighty', LOG_LEVEL: 'loud' });
      throw new Error('should have failed');
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/LOG_LEVEL/);
      expect((error as Error).message).not.toMatch(/\n/);
    }
  });

  it('refuses production without its secrets', () => {
    expect(() => loadConfig('gateway', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32) })).toThrow(
      'gateway: AUTH_JWT_SECRET must be set when NODE_ENV=production',
    );
    expect(() => loadConfig('requests', { NODE_ENV: 'production' })).toThrow('requests: SUBGRAPH_SECRET and DATABASE_URL must be set when NODE_ENV=production');
    expect(() => loadConfig('requests', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32) })).toThrow(
      'requests: DATABASE_URL must be set when NODE_ENV=production',
    );
    expect(loadConfig('requests', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32), DATABASE_URL: 'mysql://db:3306' }).production).toBe(true);
  });

  it('sweeps the invitations fallen due every five minutes unless told otherwise, 0 for never', () => {
    expect(loadConfig('actions', {}).invitationSweepSeconds).toBe(300);
    expect(loadConfig('actions', { INVITATION_SWEEP_SECONDS: '0' }).invitationSweepSeconds).toBe(0);
    expect(loadConfig('actions', { INVITATION_SWEEP_SECONDS: '0.5' }).invitationSweepSeconds).toBe(0.5);
    for (const wrong of ['-1', '0.01', '86401', 'often'])
      expect(() => loadConfig('actions', { INVITATION_SWEEP_SECONDS: wrong })).toThrow(/^actions: invalid configuration: INVITATION_SWEEP_SECONDS /);
  });

  it("documents every variable in the README's configuration table", () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const table = readme.split('## Configuration')[1].split('\n## ')[0];
    const documented = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it("sends the notifier's e-mails to the development catcher beside the graph, and needs an SMTP server and a sender in production", () => {
    expect(loadConfig('notifier', {}).mail).toEqual({ smtpUrl: 'smtp://127.0.0.1:4025', from: 'MIEUX+ <no-reply@mieux.localhost>' });
    expect(loadConfig('notifier', { PORT_BASE: '5000' })).toMatchObject({ port: 5006, mail: { smtpUrl: 'smtp://127.0.0.1:5025' } });
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 'a-secret-of-sixteen-chars', DATABASE_URL: 'mysql://db:3306' };
    expect(() => loadConfig('notifier', production)).toThrow('notifier: SMTP_URL and MAIL_FROM must be set when NODE_ENV=production');
    // Its migration job sends nothing.
    expect(loadConfig('notifier', { ...production, MIGRATE_ONLY: 'true' }).migrateOnly).toBe(true);
    expect(loadConfig('notifier', { ...production, SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'MIEUX+ <no-reply@example.org>' }).mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      from: 'MIEUX+ <no-reply@example.org>',
    });
    expect(() => loadConfig('notifier', { SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig('notifier', { MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be an address/);
  });

  it('turns tracing on with an OTLP endpoint, off without one', () => {
    expect(loadConfig('experts', {}).tracing).toEqual({ endpoint: null, serviceName: 'mieux-experts', exportDelayMs: 5000 });
    const on = loadConfig('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'graph-edge', OTEL_BSP_SCHEDULE_DELAY: '200' });
    expect(on.tracing).toEqual({ endpoint: 'http://collector:4318', serviceName: 'graph-edge', exportDelayMs: 200 });
    expect(() => loadConfig('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be a URL/);
  });

  it('lets a production gateway take its users from an identity provider instead of a shared secret', () => {
    const config = loadConfig('gateway', {
      NODE_ENV: 'production',
      SUBGRAPH_SECRET: 'x'.repeat(32),
      AUTH_JWKS_URL: 'https://id.example.org/certs',
      AUTH_ISSUER: 'https://id.example.org',
      AUTH_AUDIENCE: 'mieux',
    });
    expect(config).toMatchObject({
      authJwtSecret: null,
      authJwksUrl: 'https://id.example.org/certs',
      authIssuer: 'https://id.example.org',
      authAudience: 'mieux',
      authMaxTokenSeconds: 86400,
    });
    expect(() => loadConfig('gateway', { AUTH_JWKS_URL: 'ftp://id' })).toThrow(/AUTH_JWKS_URL must be a URL/);
    expect(loadConfig('gateway', { AUTH_MAX_TOKEN_HOURS: '2' }).authMaxTokenSeconds).toBe(7200);
  });

  it('listens on loopback on a developer machine and on every interface in containers, unless HOST says otherwise', () => {
    expect(loadConfig('experts', {}).host).toBe('127.0.0.1');
    expect(loadConfig('experts', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32), DATABASE_URL: 'mysql://db:3306' }).host).toBe('0.0.0.0');
    expect(loadConfig('experts', { HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig('experts', { HOST: 'example.org; rm' })).toThrow(/HOST must be an IP address/);
  });

  it('refuses short secrets', () => {
    expect(() => loadConfig('requests', { SUBGRAPH_SECRET: 'short' })).toThrow(/SUBGRAPH_SECRET must be at least 16/);
  });

  it('allows browser origins from CORS_ORIGINS: localhost by default in development, none in production unless set', () => {
    expect(loadConfig('gateway', {}).corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    const secrets = { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32), AUTH_JWT_SECRET: 'y'.repeat(32) };
    expect(loadConfig('gateway', secrets).corsOrigins).toEqual([]);
    expect(loadConfig('gateway', { ...secrets, CORS_ORIGINS: ' https://portal.mieux.eu , http://[::1]:8080' }).corsOrigins).toEqual([
      'https://portal.mieux.eu',
      'http://[::1]:8080',
    ]);
    for (const wrong of ['portal.mieux.eu', 'https://portal.mieux.eu/app', '*', 'ftp://x.org']) {
      expect(() => loadConfig('gateway', { CORS_ORIGINS: wrong })).toThrow(/^gateway: invalid configuration: CORS_ORIGINS must be origins/);
    }
  });
});
