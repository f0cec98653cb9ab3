import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLScalarType, parse, type DocumentNode } from 'graphql';
import { DateTimeISOResolver, GraphQLJSON, LocalDateResolver } from 'graphql-scalars';

/** Reads `schema.graphql` from a folder (a service's src/ under test, dist/ once built). */
export function loadTypeDefs(folder: string): DocumentNode {
  return parse(readFileSync(join(folder, 'schema.graphql'), 'utf8'));
}

const localDate = LocalDateResolver.toConfig();

/**
 * The dates already served and found calendar dates: checking one builds a Date and its ISO string, and
 * a page of Actions serializes hundreds of dates, mostly of the same few hundred days. Bounded.
 */
const servedDates = new Set<unknown>();
const MAX_SERVED_DATES = 10_000;

/** ISO calendar date `YYYY-MM-DD`, kept as a string end to end (no time zone can shift it). */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
  serialize(value) {
    if (servedDates.has(value)) return value;
    const served = localDate.serialize(value);
    if (servedDates.size >= MAX_SERVED_DATES) servedDates.clear();
    servedDates.add(served);
    return served;
  },
});

/** ISO 8601 instant with time zone. */
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeISOResolver.toConfig(), name: 'DateTime' });

/** A JSON document, as the services' downloads for the right of access answer it. */
export const JSONScalar = GraphQLJSON;

type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

/**
 * Deep-merges resolver maps of a service's modules, failing on a clash: two modules resolving the
 * same field is a bug that a spread would hide.
 */
export function mergeResolvers<T extends object>(...maps: readonly T[]): T {
  const merged: ResolverMap = {};
  for (const map of maps as unknown as ResolverMap[]) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (fields instanceof GraphQLScalarType) {
        if (merged[typeName] && merged[typeName] !== fields) throw new Error(`Resolver clash on scalar ${typeName}`);
        merged[typeName] = fields;
        continue;
      }
      const target = (merged[typeName] ??= {}) as Record<string, unknown>;
      if (target instanceof GraphQLScalarType) throw new Error(`Resolver clash on ${typeName}`);
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver clash on ${typeName}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return merged as T;
}
