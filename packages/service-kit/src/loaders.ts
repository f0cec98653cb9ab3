import DataLoader from 'dataloader';

/**
 * The per-request DataLoaders of a context: each named loader is created on first use and lives as
 * long as the request, so N lookups of one kind in one request cost one batched statement.
 */
export class Loaders {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly loaders = new Map<string, DataLoader<any, any, any>>();

  /** The request's loader of that name, created with `batch` the first time. */
  get<K, V, C = K>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      // Large enough for every key a gateway sends in one _entities call: one statement, not several.
      loader = new DataLoader<K, V, C>(batch, { maxBatchSize: 5000, ...options });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** Orders rows to match the keys DataLoader asked for; a missing row becomes null. */
export function alignToKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys DataLoader asked for; a key without rows gets an empty list. */
export function groupToKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const key of keys) byKey.set(key, []);
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
