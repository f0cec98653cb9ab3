import DataLoader from 'dataloader';

/**
 * The per-request DataLoaders of a context: each named loader is created on first use and lives as
 * long as the request, so N lookups of one kind in one request cost one batched statement.
 */
export class Loaders {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly loaders = new Map<string, DataLoader<any, any, any>>();
  /** What each named loader has answered so far, by key. */
  private readonly answered = new Map<string, Map<unknown, unknown>>();

  /** The request's loader of that name, created with `batch` the first time. */
  get<K, V, C = K>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      const answered = new Map<unknown, unknown>();
      this.answered.set(name, answered);
      const keep = async (keys: readonly K[]) => {
        const values = await batch(keys);
        for (let i = 0; i < keys.length; i++) if (!(values[i] instanceof Error)) answered.set(keys[i], values[i]);
        return values;
      };
      // Large enough for every key a gateway sends in one _entities call: one statement, not several.
      loader = new DataLoader<K, V, C>(keep, { maxBatchSize: 5000, ...options });
      this.loaders.set(name, loader);
    }
    return loader;
  }

  /**
   * What the request's loader of that name has answered for `key`, or undefined if it has not (yet): a
   * resolver whose parent loaded ahead for a page's items (see `selectsBelow`) reads it without a
   * promise, where hundreds of promises per page cost more than the values they carry.
   */
  loaded<K, V>(name: string, key: K): V | undefined {
    return this.answered.get(name)?.get(key) as V | undefined;
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
