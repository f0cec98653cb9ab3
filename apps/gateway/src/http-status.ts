import type { HTTPGraphQLResponse } from '@apollo/server';

const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'COST_LIMIT_EXCEEDED']);

/**
 * GraphQL over HTTP: a client that accepts only the legacy `application/json` media type should get
 * 200 for a document that fails to parse or validate and for variables that fail coercion (the
 * errors are in the body); `application/graphql-response+json` clients keep Apollo's 400.
 */
export function legacyJsonStatus(response: HTTPGraphQLResponse): number | undefined {
  if (response.status !== 400 || response.body.kind !== 'complete') return undefined;
  if (!response.headers.get('content-type')?.startsWith('application/json')) return undefined;
  try {
    const body = JSON.parse(response.body.string) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const requestError = body.errors?.length && body.errors.every((e) => REQUEST_ERRORS.has(e.extensions?.code ?? ''));
    return requestError && body.data === undefined ? 200 : undefined;
  } catch {
    return undefined;
  }
}
