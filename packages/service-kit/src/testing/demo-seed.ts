import { createLogger } from '../logger';
import type { ServiceDefinition } from '../server/run-service';
import type { SubgraphContext } from '../server/subgraph-server';
import { startTestSubgraph } from './subgraph';

/**
 * The test every service with a demo portfolio carries: `seedDemo` fills its empty tables with
 * exactly `rows` (table → row count), reports its progress to the end, and loads nothing again
 * into tables that are no longer empty.
 */
export function describeDemoSeed<TContext extends SubgraphContext>(definition: ServiceDefinition<TContext>, rows: Record<string, number>): void {
  describe(`the ${definition.service} service's demo portfolio`, () => {
    it('loads once into empty tables, with its progress to the end', async () => {
      const subgraph = await startTestSubgraph(definition);
      try {
        const progress: [number, number][] = [];
        const deps = {
          database: subgraph.database,
          logger: createLogger(definition.service, 'silent'),
          scale: 1,
          progress: (done: number, total: number) => progress.push([done, total]),
        };
        const counted = async () => {
          const counts: Record<string, number> = {};
          for (const table of Object.keys(rows))
            counts[table] = Number((await subgraph.database.dataSource.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM \`${table}\``))[0].n);
          return counts;
        };
        await definition.seedDemo!(deps);
        expect(await counted()).toEqual(rows);
        if (progress.length) expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
        await definition.seedDemo!(deps);
        expect(await counted()).toEqual(rows);
      } finally {
        await subgraph.close();
      }
    }, 60_000);
  });
}
