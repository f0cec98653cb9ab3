import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { prettyByDefault } from './logger';

describe('logs', () => {
  it('are pretty only for a person at a terminal in development, never in production', () => {
    expect(prettyByDefault({}, { isTTY: true })).toBe(true);
    expect(prettyByDefault({ NODE_ENV: 'development' }, { isTTY: true })).toBe(true);
    expect(prettyByDefault({}, { isTTY: false })).toBe(false);
    expect(prettyByDefault({}, {})).toBe(false);
    expect(prettyByDefault({ NODE_ENV: 'production' }, { isTTY: true })).toBe(false);
  });

  it('are JSON lines naming their level in words, or readable lines when pretty', () => {
    const kit = JSON.stringify(join(__dirname, '..', 'dist'));
    const log = (pretty: boolean) =>
      spawnSync(process.execPath, ['-e', `require(${kit}).createLogger('experts', 'info', ${pretty}).warn({ requestId: 'r-1' }, 'slow sql statement')`], {
        encoding: 'utf8',
      }).stdout;
    expect(JSON.parse(log(false))).toMatchObject({ level: 'warn', service: 'experts', requestId: 'r-1', msg: 'slow sql statement' });
    expect(log(true)).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] .*WARN.*: .*slow sql statement/);
    expect(log(true)).toContain('requestId: "r-1"');
  });
});
