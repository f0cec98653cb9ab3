import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The compiled kit, as a service's main.js uses it. */
const dist = join(__dirname, '..', 'dist');
const script = `require(${JSON.stringify(dist)}).runService({ service: 'requests', entities: [], migrations: [], module: () => { throw new Error('not reached'); } })`;

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20000 });
}

describe('a service refusing to start', () => {
  it('stops on a malformed DATABASE_URL with one clear line', () => {
    const run = start({ DATABASE_URL: 'mysql//nohost' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['requests: invalid configuration: DATABASE_URL must be a URL starting with mysql:// or mariadb://']);
  });

  it('stops in production without its secret', () => {
    const run = start({ NODE_ENV: 'production' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('requests: SUBGRAPH_SECRET and DATABASE_URL must be set when NODE_ENV=production');
  });

  it('refuses production on the embedded database', () => {
    const run = start({ NODE_ENV: 'production', SUBGRAPH_SECRET: 'a-production-subgraph-secret' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('requests: DATABASE_URL must be set when NODE_ENV=production');
  });

  it('stops with one line when its database cannot be reached', () => {
    const run = start({ DATABASE_URL: 'mysql://root@127.0.0.1:1' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^requests: cannot open its database at 127\.0\.0\.1:1: /);
  });
});
