import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { createIdempotently, inTransaction, retryOnUniqueViolation } from '@mieux/service-kit';
import { FinalEvaluationEntity, IndicatorEntity, ResultEntity, type FinalEvaluationRow, type IndicatorRow, type ResultRow } from './result.entity';

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

  /** Creates or updates the Action's indicator of that name; of concurrent creations one inserts, the others update. */
  setIndicator(fields: Omit<IndicatorRow, 'id'>): Promise<IndicatorRow> {
    return retryOnUniqueViolation(() => inTransaction(this.dataSource, async (manager) => {
      const existing = await manager.findOneBy(IndicatorEntity, { actionId: fields.actionId, name: fields.name });
      const row = { ...fields, id: existing?.id ?? randomUUID() };
      await manager.save(IndicatorEntity, row);
      return row;
    }));
  }

  /** Records or replaces the Action's final evaluation (one per Action, even under concurrent calls). */
  async recordFinalEvaluation(row: FinalEvaluationRow): Promise<FinalEvaluationRow> {
    await retryOnUniqueViolation(() => inTransaction(this.dataSource, (manager) => manager.save(FinalEvaluationEntity, row)));
    return row;
  }

  resultsOf(actionIds: readonly string[]): Promise<ResultRow[]> {
    return this.dataSource.getRepository(ResultEntity).find({ where: { actionId: In([...actionIds]) }, order: { date: 'ASC', id: 'ASC' } });
  }

  indicatorsOf(actionIds: readonly string[]): Promise<IndicatorRow[]> {
    return this.dataSource.getRepository(IndicatorEntity).find({ where: { actionId: In([...actionIds]) }, order: { name: 'ASC' } });
  }

  finalEvaluationsOf(actionIds: readonly string[]): Promise<FinalEvaluationRow[]> {
    return this.dataSource.getRepository(FinalEvaluationEntity).findBy({ actionId: In([...actionIds]) });
  }

  /** Migration policies supported (policies and strategies) per Action, for portfolio figures: one statement. */
  async policiesOf(actionIds: readonly string[]): Promise<Map<string, number>> {
    if (actionIds.length === 0) return new Map();
    const rows: { action_id: string; n: string | number }[] = await this.dataSource.query(
      `SELECT action_id, COUNT(*) AS n FROM result WHERE type IN ('POLICY', 'STRATEGY') AND action_id IN (${actionIds.map(() => '?').join(', ')}) GROUP BY action_id`,
      [...actionIds],
    );
    return new Map(rows.map((r) => [r.action_id, Number(r.n)]));
  }
}
