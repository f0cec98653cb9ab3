import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createIdempotently, inTransaction, paginate, publish, type Connection, type PageArgs } from '@mieux/service-kit';
import { EvaluationEntity, type EvaluationRow } from './evaluation.entity';

export type NewEvaluation = Pick<EvaluationRow, 'activityId' | 'actionId' | 'respondentType' | 'rating' | 'comment' | 'submittedBy'>;

export class EvaluationRepository {
  constructor(private readonly dataSource: DataSource) {}

  submit(fields: NewEvaluation, idempotencyKey: string | null): Promise<EvaluationRow> {
    const repository = this.dataSource.getRepository(EvaluationEntity);
    return createIdempotently({
      key: idempotencyKey,
      payload: fields,
      find: (key) => repository.findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const row: EvaluationRow = { ...fields, id: randomUUID(), submittedAt: new Date(), idempotencyKey, payloadHash };
          await manager.insert(EvaluationEntity, row);
          // The rating and who answered, never the comment or the respondent.
          const { id: evaluationId, activityId, actionId, respondentType, rating } = row;
          await publish(manager, 'EvaluationSubmitted', activityId, { evaluationId, activityId, actionId, respondentType, rating });
          return row;
        }),
    });
  }

  /** Counts by activity, respondent type and rating for N activities: one grouped statement. */
  async countsOf(activityIds: readonly string[]): Promise<{ activityId: string; respondentType: string; rating: string; count: number }[]> {
    if (activityIds.length === 0) return [];
    const rows: { activity_id: string; respondent_type: string; rating: string; n: string | number }[] = await this.dataSource.query(
      `SELECT activity_id, respondent_type, rating, COUNT(*) AS n FROM evaluation WHERE activity_id IN (${activityIds.map(() => '?').join(', ')}) GROUP BY activity_id, respondent_type, rating`,
      [...activityIds],
    );
    return rows.map((r) => ({ activityId: r.activity_id, respondentType: r.respondent_type, rating: r.rating, count: Number(r.n) }));
  }

  list(activityId: string, page: PageArgs): Promise<Connection<EvaluationRow>> {
    const query = this.dataSource.getRepository(EvaluationEntity).createQueryBuilder('e').where('e.activityId = :activityId', { activityId });
    return paginate(
      query,
      page,
      {
        sortColumn: 'e.submittedAt',
        idColumn: 'e.id',
        direction: 'DESC',
        sortKind: 'datetime',
        sortValue: (e) => e.submittedAt.toISOString(),
        id: (e) => e.id,
      },
      (e) => e,
    );
  }
}
