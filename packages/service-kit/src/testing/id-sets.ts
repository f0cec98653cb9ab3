import { ID_SETS, signIdSet } from '../id-sets';

/** A Portfolio or slice representation with each id set it holds signed as the actions service signs it, for `_entities` in tests. */
export function withSignedIdSets<T extends Record<string, unknown>>(representation: T, secret: string): T & Record<string, string> {
  const signatures = Object.fromEntries(
    ID_SETS.filter((name) => Array.isArray(representation[name])).map((name) => [
      `${name}Signature`,
      signIdSet(name, representation[name] as string[], secret),
    ]),
  );
  return { ...representation, ...signatures };
}
