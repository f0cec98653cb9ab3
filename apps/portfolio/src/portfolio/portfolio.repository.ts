import { FACT_KINDS, type FactChange, type FactKind } from '@mieux/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { FACT_ENTITIES } from './portfolio.entity';

const CHUNK = 500;

/** The facts tables: read back whole at start, written with each batch of events applied. */
export class FactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every fact kept, one statement per table. */
  async load(): Promise<FactChange[]> {
    const tables = await Promise.all(
      FACT_KINDS.map(async (kind) =>
        (await this.dataSource.getRepository(FACT_ENTITIES[kind]).find()).map((row) => ({ kind, fact: factOf(row) }) as FactChange),
      ),
    );
    return tables.flat();
  }

  /** Writes the facts as they now stand (the last of each id), in the transaction of the events that set them. */
  async save(manager: EntityManager, changes: readonly FactChange[]): Promise<void> {
    const byKind = new Map<FactKind, Map<string, FactChange['fact']>>();
    for (const { kind, fact } of changes) {
      const facts = byKind.get(kind) ?? new Map<string, FactChange['fact']>();
      byKind.set(kind, facts.set(fact.id, fact));
    }
    for (const [kind, facts] of byKind) {
      const rows = [...facts.values()] as unknown as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += CHUNK) await manager.upsert(FACT_ENTITIES[kind], rows.slice(i, i + CHUNK), ['id']);
    }
  }

  /** Forgets the facts of some kinds (a consumer's replay from the first event). */
  async clear(manager: EntityManager, kinds: readonly FactKind[]): Promise<void> {
    for (const kind of kinds) await manager.createQueryBuilder().delete().from(FACT_ENTITIES[kind]).execute();
  }
}

/** A row read back as the fold set it: MySQL's booleans come back as 0 and 1. */
function factOf(row: Record<string, unknown>): FactChange['fact'] {
  const fact = { ...row };
  for (const flag of ['active', 'publicOfficial', 'policyAdopted', 'practiceInUse']) if (flag in fact) fact[flag] = Boolean(fact[flag]);
  return fact as unknown as FactChange['fact'];
}
