import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** One problem with one input field, named by its path in the input (e.g. `input.institutions.0.type`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: every problem found, each with its field, in one error. */
export function badUserInput(problems: readonly FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
  });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, { extensions: { code: 'NOT_FOUND', entity, id } });
}

export function unauthenticated(message = 'Sign in to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

export function serviceUnavailable(service: string, reason: string): GraphQLError {
  return new GraphQLError(`The ${service} service could not answer: ${reason}`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', service },
  });
}

/** Whether an error carries a code that clients are meant to see. */
export function isPublicError(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
}

/**
 * Apollo `formatError`: public errors pass without stack traces; everything else (driver errors,
 * bugs) becomes a bare INTERNAL_SERVER_ERROR, since SQL and stacks must never reach a client.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isPublicError(formatted)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
