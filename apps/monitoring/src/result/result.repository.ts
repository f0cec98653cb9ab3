import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { MIGRATION_POLICY_TYPES } from '@mieux/domain';
import { createIdempotently, inTransaction, retryOnUniqueViolation } from '@mieux/service-kit';
import { FinalEvaluationEntity, ResultEntity, type FinalEvaluationRow, type ResultRow } from './result.entity';

export class ResultRepository {
  constructor(private readonly dataSource: DataSource) {}

  record(fields: Omit<ResultRow, 'id' | 'idempotencyKey' | 'payloadHash'>, idempotencyKey: string | null): Promise<ResultRow> {
    const repository = this.dataSource.getRepository(ResultEntity);
    return createIdempotently({
      key: idempotencyKey,
      payload: fields,
      find: (key) => repository.findOneBy({ idempotencyKey: key }),
      create: async (payloadHash) => {
        const row: ResultRow = { ...fields, id: randomUUID(), idempotencyKey, payloadHash };
        await repository.insert(row);
        return row;
      },
    });
  }

  /** Records or replaces the Action's final evaluation (one per Action, even under concurrent calls). */
  async recordFinalEvaluation(row: FinalEvaluationRow): Promise<FinalEvaluationRow> {
    await retryOnUniqueViolation(() => inTransaction(this.dataSource, (manager) => manager.save(FinalEvaluationEntity, row)));
    return row;
  }

  resultsOf(actionIds: readonly string[]): Promise<ResultRow[]> {
    return this.dataSource.getRepository(ResultEntity).find({ where: { actionId: In([...actionIds]) }, order: { date: 'ASC', id: 'ASC' } });
  }

  finalEvaluationsOf(actionIds: readonly string[]): Promise<FinalEvaluationRow[]> {
    return this.dataSource.getRepository(FinalEvaluationEntity).findBy({ actionId: In([...actionIds]) });
  }

  /** Migration policies supported (the domain's result types that count) per Action, for portfolio figures: one statement. */
  async policiesOf(actionIds: readonly string[]): Promise<Map<string, number>> {
    if (actionIds.length === 0) return new Map();
    const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
    const rows: { action_id: string; n: string | number }[] = await this.dataSource.query(
      `SELECT action_id, COUNT(*) AS n FROM result WHERE type IN (${marks(MIGRATION_POLICY_TYPES)}) AND action_id IN (${marks(actionIds)}) GROUP BY action_id`,
      [...MIGRATION_POLICY_TYPES, ...actionIds],
    );
    return new Map(rows.map((r) => [r.action_id, Number(r.n)]));
  }
}
