import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { inTransaction, retryOnUniqueViolation } from '@mieux/service-kit';
import { IndicatorEntity, type IndicatorRow } from './indicator.entity';

export class IndicatorRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates or updates the Action's indicator of that name; of concurrent creations one inserts, the others update. */
  set(fields: Omit<IndicatorRow, 'id'>): Promise<IndicatorRow> {
    return retryOnUniqueViolation(() =>
      inTransaction(this.dataSource, async (manager) => {
        const existing = await manager.findOneBy(IndicatorEntity, { actionId: fields.actionId, name: fields.name });
        const row = { ...fields, id: existing?.id ?? randomUUID() };
        await manager.save(IndicatorEntity, row);
        return row;
      }),
    );
  }

  indicatorsOf(actionIds: readonly string[]): Promise<IndicatorRow[]> {
    return this.dataSource.getRepository(IndicatorEntity).find({ where: { actionId: In([...actionIds]) }, order: { name: 'ASC' } });
  }
}
