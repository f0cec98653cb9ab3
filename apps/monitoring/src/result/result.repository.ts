import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { MIGRATION_POLICY_TYPES } from '@mieux/domain';
import { createIdempotently, findForUpdate, inTransaction, notFound, publish, retryOnUniqueViolation } from '@mieux/service-kit';
import { FinalEvaluationEntity, ResultActivityEntity, ResultEntity, type FinalEvaluationRow, type ResultActivityRow, type ResultRow } from './result.entity';

export class ResultRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a result and the activities that contributed to it, with its event. */
  record(fields: Omit<ResultRow, 'id' | 'idempotencyKey' | 'payloadHash'>, activityIds: string[], idempotencyKey: string | null): Promise<ResultRow> {
    const repository = this.dataSource.getRepository(ResultEntity);
    return createIdempotently({
      key: idempotencyKey,
      payload: { ...fields, activityIds },
      find: (key) => repository.findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const row: ResultRow = { ...fields, id: randomUUID(), idempotencyKey, payloadHash };
          await manager.insert(ResultEntity, row);
          await linkActivities(manager, row.id, activityIds);
          await publishResult(manager, 'ResultRecorded', row, activityIds);
          return row;
        }),
    });
  }

  /**
   * Changes a result on its own record, under its row lock: `change` (the caller's rules) reads the
   * result as committed and returns the fields to write; of concurrent changes each sees the one before.
   */
  update(
    id: string,
    change: (row: ResultRow) => Partial<Pick<ResultRow, 'status' | 'title' | 'date'>>,
    activities?: (row: ResultRow) => Promise<string[]>,
  ): Promise<ResultRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const [row] = await findForUpdate(manager, ResultEntity, { id });
      if (!row) throw notFound('Result', id);
      const changes = change(row);
      await manager.update(ResultEntity, { id }, changes);
      const after = { ...row, ...changes };
      let activityIds: string[];
      if (activities) {
        activityIds = await activities(row);
        await manager.delete(ResultActivityEntity, { resultId: id });
        await linkActivities(manager, id, activityIds);
      } else {
        activityIds = (await manager.findBy(ResultActivityEntity, { resultId: id })).map((l) => l.activityId);
      }
      await publishResult(manager, 'ResultUpdated', after, activityIds);
      return after;
    });
  }

  /** The activities that contributed to N results, in their order of ids: one statement. */
  activitiesOf(resultIds: readonly string[]): Promise<ResultActivityRow[]> {
    return this.dataSource.getRepository(ResultActivityEntity).find({ where: { resultId: In([...resultIds]) }, order: { activityId: 'ASC' } });
  }

  /** Records or replaces the Action's final evaluation (one per Action, even under concurrent calls). */
  async recordFinalEvaluation(row: FinalEvaluationRow): Promise<FinalEvaluationRow> {
    await retryOnUniqueViolation(() =>
      inTransaction(this.dataSource, async (manager) => {
        await manager.save(FinalEvaluationEntity, row);
        await publish(manager, 'FinalEvaluationRecorded', row.actionId, { actionId: row.actionId, rating: row.rating, date: row.date });
      }),
    );
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

/** A result's event, in the transaction of its change: its kind, status, date and contributing activities, not its title. */
function publishResult(manager: EntityManager, type: 'ResultRecorded' | 'ResultUpdated', row: ResultRow, activityIds: string[]) {
  const { id: resultId, actionId, type: kind, status, date } = row;
  return publish(manager, type, actionId, { resultId, actionId, type: kind, status, date, activityIds });
}

function linkActivities(manager: EntityManager, resultId: string, activityIds: readonly string[]) {
  return activityIds.length > 0
    ? manager.insert(
        ResultActivityEntity,
        activityIds.map((activityId) => ({ resultId, activityId })),
      )
    : Promise.resolve();
}
