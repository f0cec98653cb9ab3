import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createIdempotently, inTransaction, paginate, publish, type Connection, type PageArgs } from '@mieux/service-kit';
import { EvaluationEntity, type EvaluationRow } from './evaluation.entity';

export type NewEvaluation = Pick<EvaluationRow, 'activityId' | 'actionId' | 'respondentType' | 'rating' | 'comment' | 'submittedBy'> &
  Partial<Pick<EvaluationRow, 'relevance' | 'usefulness'>>;

/**
 * Inserts an evaluation and its event in the caller's transaction. The event carries the rating and
 * the respondent type (what the satisfaction rate counts), never the comment or who answered.
 */
export async function insertEvaluation(manager: EntityManager, fields: NewEvaluation, keys: Pick<EvaluationRow, 'idempotencyKey' | 'payloadHash'>) {
  const row: EvaluationRow = { relevance: null, usefulness: null, ...fields, id: randomUUID(), submittedAt: new Date(), ...keys };
  await manager.insert(EvaluationEntity, row);
  const { id: evaluationId, activityId, actionId, respondentType, rating } = row;
  await publish(manager, 'EvaluationSubmitted', activityId, { evaluationId, activityId, actionId, respondentType, rating });
  return row;
}

/** How many evaluations of an activity gave one combination of answers. */
export interface AnswerCount {
  activityId: string;
  respondentType: string;
  rating: string;
  relevance: string | null;
  usefulness: string | null;
  count: number;
}

export class EvaluationRepository {
  constructor(private readonly dataSource: DataSource) {}

  submit(fields: NewEvaluation, idempotencyKey: string | null): Promise<EvaluationRow> {
    const repository = this.dataSource.getRepository(EvaluationEntity);
    return createIdempotently({
      key: idempotencyKey,
      payload: fields,
      find: (key) => repository.findOneBy({ idempotencyKey: key }),
      create: (payloadHash) => inTransaction(this.dataSource, (manager) => insertEvaluation(manager, fields, { idempotencyKey, payloadHash })),
    });
  }

  /** Counts by activity, respondent type, rating, relevance and usefulness for N activities: one grouped statement. */
  async countsOf(activityIds: readonly string[]): Promise<AnswerCount[]> {
    if (activityIds.length === 0) return [];
    const rows: { activity_id: string; respondent_type: string; rating: string; relevance: string | null; usefulness: string | null; n: string | number }[] =
      await this.dataSource.query(
        `SELECT activity_id, respondent_type, rating, relevance, usefulness, COUNT(*) AS n FROM evaluation
          WHERE activity_id IN (${activityIds.map(() => '?').join(', ')}) GROUP BY activity_id, respondent_type, rating, relevance, usefulness`,
        [...activityIds],
      );
    return rows.map((r) => ({
      activityId: r.activity_id,
      respondentType: r.respondent_type,
      rating: r.rating,
      relevance: r.relevance,
      usefulness: r.usefulness,
      count: Number(r.n),
    }));
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
