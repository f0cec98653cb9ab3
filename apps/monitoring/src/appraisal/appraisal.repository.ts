import { In, type DataSource } from 'typeorm';
import { inTransaction, publish, retryOnUniqueViolation } from '@mieux/service-kit';
import { AppraisalEntity, type AppraisalRow } from './appraisal.entity';

export class AppraisalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the officer's appraisal of an expert on an activity, replacing an earlier one (one per
   * expert and activity, even under concurrent calls), with its event: the rating and whether the
   * officer would deploy the expert again, never the comment. It is no evaluation: the satisfaction
   * rate never counts it.
   */
  async appraise(row: AppraisalRow): Promise<AppraisalRow> {
    await retryOnUniqueViolation(() =>
      inTransaction(this.dataSource, async (manager) => {
        await manager.save(AppraisalEntity, row);
        const { activityId, actionId, expertId, rating, wouldDeployAgain } = row;
        await publish(manager, 'ExpertAppraised', activityId, { activityId, actionId, expertId, rating, wouldDeployAgain });
      }),
    );
    return row;
  }

  /** The appraisals of one expert, the latest first (their download). */
  ofExpert(expertId: string): Promise<AppraisalRow[]> {
    return this.dataSource.getRepository(AppraisalEntity).find({ where: { expertId }, order: { appraisedAt: 'DESC', activityId: 'ASC' } });
  }

  /** The appraisals of N activities, by expert id: one statement. */
  ofActivities(activityIds: readonly string[]): Promise<AppraisalRow[]> {
    return this.dataSource.getRepository(AppraisalEntity).find({ where: { activityId: In([...activityIds]) }, order: { expertId: 'ASC' } });
  }
}
