import { revertLastMigration } from '@mieux/service-kit';
import { migrationDataSource } from '@mieux/service-kit/testing';
import { portfolioService } from '../src/service';

const tables = async (query: (sql: string) => Promise<unknown>, kind: string): Promise<string[]> => {
  const sql =
    kind === 'MySQL'
      ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'fact\\_%'`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fact_%'`;
  return ((await query(sql)) as { name?: string; NAME?: string; TABLE_NAME?: string }[]).map((r) => r.name ?? r.NAME ?? r.TABLE_NAME ?? '').sort();
};

describe('the migration of the follow-ups’ facts', () => {
  it.each(['MySQL', 'the embedded database'] as const)('adds fact_follow_up after the first facts tables, and reverts to them (%s)', async (kind) => {
    const { dataSource, drop } = await migrationDataSource(kind, 'portfolio_follow_ups', portfolioService.migrations);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const all = await tables((sql) => dataSource.query(sql), kind);
      expect(all).toContain('fact_follow_up');
      await dataSource.query(`INSERT INTO fact_follow_up (id, action_id, months_after, policy_adopted, practice_in_use) VALUES ('a1|6', 'a1', 6, true, false)`);
      expect(await revertLastMigration(dataSource)).toBe('FollowUpFacts1766000000002');
      expect(await tables((sql) => dataSource.query(sql), kind)).toEqual(all.filter((t) => t !== 'fact_follow_up'));
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tables((sql) => dataSource.query(sql), kind)).toEqual(all);
    } finally {
      await dataSource.destroy();
      await drop();
    }
  });
});
