import { createTestDatabase } from '@mieux/service-kit/testing';
import { runCommand } from './run';

describe('npm run migrate -w apps/<service> -- up|down|status', () => {
  it('lists, applies and reverts the migrations of the database the configuration names', async () => {
    const database = await createTestDatabase('migrate_command');
    const migrate = async (...args: string[]) => {
      const run = runCommand('npm', ['run', 'migrate', '-w', 'apps/experts', '--', ...args], {
        DATABASE_URL: database.databaseUrl,
        DATABASE_NAME: database.databaseName,
      });
      const code = await run.exited;
      return {
        code,
        lines: run
          .stdout()
          .split('\n')
          .filter((line) => line.startsWith('  '))
          .map((line) => line.trim()),
      };
    };
    try {
      const all = ['ActivityCopies1765700000000', 'CreateEventTables1765000000000', 'CreateExperts1764000000000', 'DeploymentCopyCoveringIndex1767000000000'];
      expect(await migrate('status')).toEqual({ code: 0, lines: all.map((m) => `pending  ${m}`) });
      expect(await migrate('up')).toEqual({
        code: 0,
        lines: [
          'applied  CreateExperts1764000000000',
          'applied  CreateEventTables1765000000000',
          'applied  ActivityCopies1765700000000',
          'applied  DeploymentCopyCoveringIndex1767000000000',
        ],
      });
      expect(await migrate('up')).toEqual({ code: 0, lines: ['nothing to apply: every migration is applied'] });
      expect(await migrate('status')).toEqual({ code: 0, lines: all.map((m) => `applied  ${m}`) });
      expect(await migrate('down')).toEqual({ code: 0, lines: ['reverted DeploymentCopyCoveringIndex1767000000000'] });
      expect(await migrate('status')).toEqual({
        code: 0,
        lines: [
          'applied  ActivityCopies1765700000000',
          'applied  CreateEventTables1765000000000',
          'applied  CreateExperts1764000000000',
          'pending  DeploymentCopyCoveringIndex1767000000000',
        ],
      });
      expect((await migrate('sideways')).code).toBe(2);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
