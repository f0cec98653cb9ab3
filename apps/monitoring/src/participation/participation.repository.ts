import { In, type DataSource } from 'typeorm';
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

  /** Every record of N activities, current and earlier: one statement. */
  ofActivities(activityIds: readonly string[]): Promise<ParticipationRow[]> {
    return this.dataSource.getRepository(ParticipationEntity).find({ where: { activityId: In([...activityIds]) }, order: { id: 'DESC' } });
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
