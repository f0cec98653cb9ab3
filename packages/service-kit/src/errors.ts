import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, FieldRuleError, RuleConflictError, TransitionError } from '@mieux/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'COST_LIMIT_EXCEEDED',
  'RATE_LIMITED',
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

/**
 * Another service could not be used: names it, so clients know what failed. `state` reads
 * "could not answer" for one call and "is unavailable" where the gateway saw the service away.
 */
export function serviceUnavailable(service: string, reason: string, state = 'could not answer'): GraphQLError {
  return new GraphQLError(`The ${service} service ${state}: ${reason}`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', service },
  });
}

/**
 * The driver's codes for a database that cannot be reached or has dropped the service (mysql2 and
 * Node's socket errors): the service is unavailable, not broken, and a retry may succeed.
 */
const DATABASE_AWAY_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_SERVER_GONE_ERROR',
]);

/** Whether an error (or the driver error or cause under it) says the database is away. */
export function isDatabaseAway(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, driverError, cause } = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && DATABASE_AWAY_CODES.has(code)) return true;
    current = driverError ?? cause;
  }
  return false;
}

/** Whether an error carries a code that clients are meant to see. */
export function isPublicError(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
}

/** The error a resolver threw, under the GraphQLError(s) that wrap it. */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** How each domain error code reaches clients; a code not listed is a refused input. */
const DOMAIN_ERROR_CODES: Record<string, string> = { ILLEGAL_TRANSITION: 'CONFLICT' };

/**
 * The one place where the domain's errors become the graph's: a TransitionError is a CONFLICT that
 * says where the entity is and where it may go; a RuleConflictError a CONFLICT carrying its reason in
 * English and French (`messages`); a FieldRuleError is a BAD_USER_INPUT naming its field like any
 * refused input. Null for anything that is not a domain error.
 */
export function fromDomainError(error: unknown): GraphQLError | null {
  if (!(error instanceof DomainError)) return null;
  if (error instanceof RuleConflictError) {
    return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', reason: error.code, messages: { ...error.messages } } });
  }
  const details =
    error instanceof TransitionError
      ? { currentStatus: error.from, allowed: [...error.allowed] }
      : error instanceof FieldRuleError
        ? { field: error.field, problems: [{ field: error.field, message: error.message.slice(error.field.length + 1) }] }
        : {};
  return new GraphQLError(error.message, { extensions: { code: DOMAIN_ERROR_CODES[error.code] ?? 'BAD_USER_INPUT', reason: error.code, ...details } });
}

/** Whether a resolver's error is one a client is meant to see: public codes and domain errors. */
export function isExpectedError(error: GraphQLError): boolean {
  return isPublicError(error) || originalOf(error) instanceof DomainError;
}

/**
 * Apollo `formatError`: domain errors take their public code, public errors pass without stack
 * traces; a lost database is SERVICE_UNAVAILABLE naming `service` (when given); everything else
 * (driver errors, bugs) becomes a bare INTERNAL_SERVER_ERROR, since SQL and stacks must never reach
 * a client. A validation rule's own public code (the cost limit's) survives Apollo's
 * GRAPHQL_VALIDATION_FAILED.
 */
export function maskError(formatted: GraphQLFormattedError, error?: unknown, service?: string): GraphQLFormattedError {
  const original = originalOf(error);
  const domain = fromDomainError(original);
  if (domain) return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions: domain.extensions };
  if (service && isDatabaseAway(original)) {
    const away = serviceUnavailable(service, 'its database is unavailable; retry shortly', 'is unavailable');
    return { message: away.message, locations: formatted.locations, path: formatted.path, extensions: away.extensions };
  }
  if (isPublicError(formatted)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = { ...formatted.extensions, ...variableProblem(formatted) } as Record<string, unknown>;
    const ownCode = original instanceof GraphQLError && original !== error ? original.extensions.code : undefined;
    return { ...formatted, extensions: typeof ownCode === 'string' && PUBLIC_ERROR_CODES.has(ownCode) ? { ...extensions, code: ownCode } : extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A variable that does not coerce (graphql-js: `Variable "$filter" got invalid value "2026-02-30" at
 * "filter.approvedFrom"; ...`) is BAD_USER_INPUT like any refused input: the same `field` and
 * `problems`, the field named by its path in the variables.
 */
function variableProblem(formatted: GraphQLFormattedError): { field: string; problems: FieldProblem[] } | null {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.problems) return null;
  const variable = /^Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
  if (!variable) return null;
  const field = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)";/.exec(formatted.message)?.[1] ?? variable;
  const reason = formatted.message.includes('; ') ? formatted.message.slice(formatted.message.indexOf('; ') + 2) : formatted.message;
  return { field, problems: [{ field, message: reason }] };
}

/**
 * Errors that are masked for clients are logged in full, with the request id (carried by the
 * context's logger) that ties them to a call: the gateway and every subgraph use it.
 */
export function logUnexpectedErrors<TContext extends { logger: { error(details: object, message: string): void } }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isExpectedError(error)) contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        },
      };
    },
  };
}
