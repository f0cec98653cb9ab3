import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, printSchema } from 'graphql';

const PACKAGE_ROOT = join(__dirname, '..');

/** The public API schema clients build against: the supergraph without federation machinery. */
export const API_SCHEMA_FILE = join(PACKAGE_ROOT, 'api.graphql');

/** The API schema of the last release, which a change is checked against. */
export const RELEASED_API_SCHEMA_FILE = join(PACKAGE_ROOT, 'released', 'api.graphql');

/** Where a breaking change is recorded before it is released. */
export const CHANGELOG_FILE = join(PACKAGE_ROOT, '..', '..', 'CHANGELOG.md');

/**
 * The supergraph's API schema, as the gateway serves it: no `join__`/`link` types or directives,
 * no `@inaccessible` fields, descriptions kept.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()).trimEnd()}\n`;
}

export interface SchemaCheck {
  /** Every change from the released schema, each with its criticality. */
  changes: Change[];
  breaking: Change[];
  /** Breaking changes whose path the changelog's Unreleased section does not name. */
  unrecorded: Change[];
}

/**
 * The paths named in backticks in the `## Unreleased` section of the changelog: a breaking change
 * is recorded when its path (`Action.participants`, `Query.portfolio`, `ActivityStatus.HELD`) is one
 * of them.
 */
export function recordedPaths(changelog: string): Set<string> {
  const unreleased = /^## Unreleased[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return new Set([...unreleased.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]));
}

/** Compares the current API schema with the released one with graphql-inspector's diff. */
export async function checkApiSchema(input: { released: string; current: string; changelog: string }): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(input.released), buildSchema(input.current));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const recorded = recordedPaths(input.changelog);
  return { changes, breaking, unrecorded: breaking.filter((change) => !recorded.has(change.path ?? change.message)) };
}
