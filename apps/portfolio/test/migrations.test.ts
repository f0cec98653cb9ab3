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

describe('the migrations of the facts tables added after the first', () => {
  it.each(['MySQL', 'the embedded database'] as const)('add fact_follow_up, then fact_invitation, and revert one at a time (%s)', async (kind) => {
    const { dataSource, drop } = await migrationDataSource(kind, 'portfolio_later_facts', portfolioService.migrations);
    await dataSource.initialize();
    const factTables = () => tables((sql) => dataSource.query(sql), kind);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const all = await factTables();
      expect(all).toEqual(expect.arrayContaining(['fact_follow_up', 'fact_invitation']));
      await dataSource.query(`INSERT INTO fact_follow_up (id, action_id, months_after, policy_adopted, practice_in_use) VALUES ('a1|6', 'a1', 6, true, false)`);
      await dataSource.query(
        `INSERT INTO fact_invitation (id, activity_id, status, invited_at, accepted_at) VALUES ('i1', 't1', 'INVITED', '2026-05-01T10:00:00.000Z', NULL)`,
      );
      expect(await revertLastMigration(dataSource)).toBe('InvitationFacts1766000000003');
      expect(await factTables()).toEqual(all.filter((t) => t !== 'fact_invitation'));
      expect(await revertLastMigration(dataSource)).toBe('FollowUpFacts1766000000002');
      expect(await factTables()).toEqual(all.filter((t) => t !== 'fact_invitation' && t !== 'fact_follow_up'));
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await factTables()).toEqual(all);
    } finally {
      await dataSource.destroy();
      await drop();
    }
  });
});
