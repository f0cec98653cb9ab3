import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { inTransaction } from './transaction';

const CHUNK = 500;

/**
 * Inserts batches of rows, each entity's rows in chunks of one transaction each, reporting progress
 * over all of them: how services load the demo portfolio through their own entities.
 */
export async function insertInChunks(
  dataSource: DataSource,
  batches: readonly (readonly [EntityTarget<ObjectLiteral>, readonly ObjectLiteral[]])[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  const total = batches.reduce((sum, [, rows]) => sum + rows.length, 0);
  let done = 0;
  for (const [entity, rows] of batches) {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await inTransaction(dataSource, (manager) => manager.insert(entity, chunk));
      done += chunk.length;
      progress(done, total);
    }
  }
}
