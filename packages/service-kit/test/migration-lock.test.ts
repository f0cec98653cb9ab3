import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { connectToServer } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/** A process migrating a database with the compiled kit, as a starting pod or a migration run does. */
const dist = join(__dirname, '..', 'dist');
const script = `
const { openDatabase, createLogger } = require(${JSON.stringify(dist)});
class SlowMigration1700000000001 {
  name = 'SlowMigration1700000000001';
  async up(runner) {
    await runner.query('CREATE TABLE migration_runs (id INT AUTO_INCREMENT PRIMARY KEY, pid INT NOT NULL)');
    await runner.query('SELECT SLEEP(1)');
    await runner.query('INSERT INTO migration_runs (pid) VALUES (?)', [process.pid]);
  }
  async down(runner) { await runner.query('DROP TABLE migration_runs'); }
}
openDatabase({ databaseUrl: process.env.DATABASE_URL, databaseName: process.env.DATABASE_NAME, dataDir: '.unused', entities: [],
  migrations: [SlowMigration1700000000001], logger: createLogger('migrate', 'silent') })
  .then((db) => db.dataSource.destroy())
  .then(() => process.exit(0), (error) => { console.error(error.message); process.exit(1); });
`;

function migrate(database: TestDatabase): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.databaseUrl, DATABASE_NAME: database.databaseName },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('migrations under the named lock', () => {
  it('lets two processes migrating the same database at once both succeed, the migration running once', async () => {
    const database = await createTestDatabase('migration_lock');
    try {
      expect(await Promise.all([migrate(database), migrate(database)])).toEqual([
        { code: 0, stderr: '' },
        { code: 0, stderr: '' },
      ]);
      const admin = await connectToServer(database.databaseUrl);
      try {
        const [runs] = await admin.query(`SELECT COUNT(*) AS n FROM \`${database.databaseName}\`.migration_runs`);
        const [recorded] = await admin.query(`SELECT COUNT(*) AS n FROM \`${database.databaseName}\`.migrations`);
        expect([(runs as { n: number }[])[0].n, (recorded as { n: number }[])[0].n]).toEqual([1, 1]);
      } finally {
        await admin.end();
      }
    } finally {
      await database.drop();
    }
  });
});
