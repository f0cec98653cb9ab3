import { In, type DataSource } from 'typeorm';
import { inTransaction, publish, retryOnUniqueViolation } from '@mieux/service-kit';
import { FollowUpEntity, type FollowUpRow } from './follow-up.entity';

export class FollowUpRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the follow-up of an Action at so many months, replacing an earlier one at the same month
   * (one per Action and month, even under concurrent calls), with its event: the facts the
   * sustainability figure needs, not the note.
   */
  async record(row: FollowUpRow): Promise<FollowUpRow> {
    await retryOnUniqueViolation(() =>
      inTransaction(this.dataSource, async (manager) => {
        await manager.save(FollowUpEntity, row);
        const { actionId, monthsAfter, date, policyAdopted, practiceInUse } = row;
        await publish(manager, 'FollowUpRecorded', actionId, { actionId, monthsAfter, date, policyAdopted, practiceInUse });
      }),
    );
    return row;
  }

  /** The follow-ups of N Actions, by months after: one statement. */
  ofActions(actionIds: readonly string[]): Promise<FollowUpRow[]> {
    return this.dataSource.getRepository(FollowUpEntity).find({ where: { actionId: In([...actionIds]) }, order: { monthsAfter: 'ASC' } });
  }
}
