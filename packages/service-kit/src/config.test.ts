import { ConfigError, DEVELOPMENT_SECRETS, loadConfig } from './config';

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
    expect(() => loadConfig('requests', { NODE_ENV: 'production' })).toThrow(/SUBGRAPH_SECRET must be set/);
    expect(loadConfig('requests', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32) }).production).toBe(true);
  });

  it('lets a production gateway take its users from an identity provider instead of a shared secret', () => {
    const config = loadConfig('gateway', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32), AUTH_JWKS_URL: 'https://id.example.org/certs', AUTH_ISSUER: 'https://id.example.org', AUTH_AUDIENCE: 'mieux' });
    expect(config).toMatchObject({ authJwtSecret: null, authJwksUrl: 'https://id.example.org/certs', authIssuer: 'https://id.example.org', authAudience: 'mieux', authMaxTokenSeconds: 86400 });
    expect(() => loadConfig('gateway', { AUTH_JWKS_URL: 'ftp://id' })).toThrow(/AUTH_JWKS_URL must be a URL/);
    expect(loadConfig('gateway', { AUTH_MAX_TOKEN_HOURS: '2' }).authMaxTokenSeconds).toBe(7200);
  });

  it('listens on loopback on a developer machine and on every interface in containers, unless HOST says otherwise', () => {
    expect(loadConfig('experts', {}).host).toBe('127.0.0.1');
    expect(loadConfig('experts', { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32) }).host).toBe('0.0.0.0');
    expect(loadConfig('experts', { HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig('experts', { HOST: 'example.org; rm' })).toThrow(/HOST must be an IP address/);
  });

  it('refuses short secrets', () => {
    expect(() => loadConfig('requests', { SUBGRAPH_SECRET: 'short' })).toThrow(/SUBGRAPH_SECRET must be at least 16/);
  });
});
