import { EntitySchema, Table, type EntityManager } from 'typeorm';
import { isUniqueViolation } from './transaction';

export interface YearlySequence {
  /** The entity to list among the service's entities. */
  entity: EntitySchema<{ year: number; lastNumber: number }>;
  /** The table, for the service's migration. */
  table(): Table;
  /** The next number of a year, inside the caller's transaction. */
  next(manager: EntityManager, year: number): Promise<number>;
}

/**
 * A per-year counter for readable references (REQ-2026-014): the increment is an UPDATE, whose row
 * lock holds until the transaction ends, so concurrent creations never share a number.
 */
export function yearlySequence(name: string, tableName: string): YearlySequence {
  const entity = new EntitySchema<{ year: number; lastNumber: number }>({
    name,
    tableName,
    columns: { year: { type: 'int', primary: true }, lastNumber: { name: 'last_number', type: 'int' } },
  });
  return {
    entity,
    table: () =>
      new Table({
        name: tableName,
        columns: [
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'last_number', type: 'int' },
        ],
      }),
    next: async (manager, year) => {
      const increment = () =>
        manager
          .createQueryBuilder()
          .update(entity)
          .set({ lastNumber: () => 'last_number + 1' })
          .where('year = :year', { year })
          .execute();
      if (!(await increment()).affected) {
        try {
          await manager.insert(entity, { year, lastNumber: 1 });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          await increment();
        }
      }
      return (await manager.findOneByOrFail(entity, { year })).lastNumber;
    },
  };
}

/**
 * A LIKE pattern for a readable reference given whole or by its beginning (`req-2026` finds
 * REQ-2026-005): in upper case as references are written, the LIKE wildcards taken as nothing.
 */
export function referencePrefix(text: string): string {
  return `${text
    .trim()
    .toUpperCase()
    .replace(/[%_\\]/g, '')}%`;
}
