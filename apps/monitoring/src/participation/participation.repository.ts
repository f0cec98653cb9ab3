import type { DataSource } from 'typeorm';
import { inTransaction, publish } from '@mieux/service-kit';
import { ACTIVITY_LOCKS, ParticipationEntity, type ParticipationRow } from './participation.entity';

export class ParticipationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records an activity's participation, replacing the current record (kept as history). Records of
   * one activity take turns on its lock, so exactly one stays current whatever the concurrency.
   */
  async replace(record: Omit<ParticipationRow, 'id' | 'current' | 'recordedAt'>): Promise<ParticipationRow> {
    return inTransaction(this.dataSource, async (manager) => {
      await ACTIVITY_LOCKS.take(manager, record.activityId);
      await manager.update(ParticipationEntity, { activityId: record.activityId, current: true }, { current: false });
      const row = { ...record, current: true, recordedAt: new Date() };
      const { identifiers } = await manager.insert(ParticipationEntity, row);
      const { activityId, actionId, total, women, men, undisclosed, byInstitutionType } = record;
      await publish(manager, 'ParticipationRecorded', activityId, {
        activityId,
        actionId,
        total,
        women,
        men,
        undisclosed,
        byInstitutionType: byInstitutionType ?? [],
      });
      return { ...row, id: identifiers[0].id as number };
    });
  }

  /**
   * Every record of N activities, current and earlier, newest first: one statement, read as plain rows
   * (a page of Actions asks the participation of hundreds of activities, and TypeORM's entities were
   * most of the cost of reading them).
   */
  async ofActivities(activityIds: readonly string[]): Promise<ParticipationRow[]> {
    if (activityIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, activity_id, action_id, total, women, men, undisclosed, institutions, by_institution_type, recorded_at, current FROM participation
        WHERE activity_id IN (${activityIds.map(() => '?').join(', ')}) ORDER BY id DESC`,
      [...activityIds],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      activityId: String(r.activity_id),
      actionId: String(r.action_id),
      total: Number(r.total),
      women: Number(r.women),
      men: Number(r.men),
      undisclosed: Number(r.undisclosed),
      institutions: JSON.parse(r.institutions as string) as string[],
      byInstitutionType: r.by_institution_type === null ? null : (JSON.parse(r.by_institution_type as string) as ParticipationRow['byInstitutionType']),
      recordedAt: instant(r.recorded_at as Date | string),
      current: Boolean(r.current),
    }));
  }

  /** Participants per Action over the current records: one grouped statement for N Actions. */
  async participantsOfActions(actionIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { action_id: string; n: string | number }[] = await this.dataSource.query(
      `SELECT action_id, SUM(total) AS n FROM participation WHERE current = ? AND action_id IN (${actionIds.map(() => '?').join(', ')}) GROUP BY action_id`,
      [true, ...actionIds],
    );
    return new Map(rows.map((r) => [r.action_id, Number(r.n)]));
  }
}

/** A DATETIME column read raw: a Date from MySQL, a string in UTC from the embedded database. */
function instant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}
