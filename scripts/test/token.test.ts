import { execFileSync } from 'node:child_process';
import { ROOT } from './run';

describe('npm run token -- ROLE', () => {
  it('prints the token and nothing else on stdout, so TOKEN=$(npm run token -- ANALYST) works', () => {
    const stdout = execFileSync('bash', ['-c', 'TOKEN=$(npm run token -- ANALYST --sub analyst@icmpd.org) && printf %s "$TOKEN"'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const claims = JSON.parse(Buffer.from(stdout.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ roles: ['ANALYST'], sub: 'analyst@icmpd.org' });
  });

  it("carries a partner's institution with --org", () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'token', '--', 'PARTNER', '--org', 'inst-42'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const claims = JSON.parse(Buffer.from(stdout.trim().split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ roles: ['PARTNER'], org: 'inst-42' });
  });
});
