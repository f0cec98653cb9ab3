import { EntitySchema, Table, type EntityManager } from 'typeorm';
import { isUniqueViolation } from './transaction';

export interface NamedLocks {
  entity: EntitySchema<{ name: string; takes: number }>;
  table(): Table;
  /**
   * Takes the lock of a name until the transaction ends (an UPDATE's row lock; the row is created on
   * first use). Take it before the transaction's first read, so that read sees what the previous
   * holder committed.
   */
  take(manager: EntityManager, name: string): Promise<void>;
}

/** Row locks by name (an expert, an activity): work on one name takes turns, work on others does not wait. */
export function namedLocks(entityName: string, tableName: string): NamedLocks {
  const entity = new EntitySchema<{ name: string; takes: number }>({
    name: entityName,
    tableName,
    columns: { name: { type: 'varchar', length: 100, primary: true }, takes: { type: 'int' } },
  });
  const bump = (manager: EntityManager, name: string) =>
    manager
      .createQueryBuilder()
      .update(entity)
      .set({ takes: () => 'takes + 1' })
      .where('name = :name', { name })
      .execute();
  return {
    entity,
    table: () =>
      new Table({
        name: tableName,
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'takes', type: 'int' },
        ],
      }),
    take: async (manager, name) => {
      if ((await bump(manager, name)).affected) return;
      try {
        await manager.insert(entity, { name, takes: 1 });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await bump(manager, name);
      }
    },
  };
}
