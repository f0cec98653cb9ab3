import { spawnSync } from 'node:child_process';
import { freePort } from '@mieux/service-kit/testing';
import { ROOT } from './run';

describe('npm test without MySQL', () => {
  it('exits non-zero within a minute with the message that names the server, before the lint', async () => {
    const url = `mysql://root@127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const run = spawnSync('npm', ['test'], { cwd: ROOT, env: { ...process.env, TEST_DATABASE_URL: url }, encoding: 'utf8', timeout: 90_000 });
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.stderr).toContain(`The tests need MySQL at ${url} (set TEST_DATABASE_URL) and could not reach it`);
    expect(run.stdout).not.toContain('eslint');
  }, 100_000);

  it('goes on when the server answers', () => {
    const run = spawnSync('npm', ['run', 'test:database', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  }, 100_000);
});
