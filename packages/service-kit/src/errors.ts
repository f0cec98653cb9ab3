import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, TransitionError } from '@mieux/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
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
 * says where the entity is and where it may go. Null for anything that is not a domain error.
 */
export function fromDomainError(error: unknown): GraphQLError | null {
  if (!(error instanceof DomainError)) return null;
  const details = error instanceof TransitionError ? { currentStatus: error.from, allowed: [...error.allowed] } : {};
  return new GraphQLError(error.message, { extensions: { code: DOMAIN_ERROR_CODES[error.code] ?? 'BAD_USER_INPUT', reason: error.code, ...details } });
}

/** Whether a resolver's error is one a client is meant to see: public codes and domain errors. */
export function isExpectedError(error: GraphQLError): boolean {
  return isPublicError(error) || originalOf(error) instanceof DomainError;
}

/**
 * Apollo `formatError`: domain errors take their public code, public errors pass without stack
 * traces; everything else (driver errors, bugs) becomes a bare INTERNAL_SERVER_ERROR, since SQL and
 * stacks must never reach a client.
 */
export function maskError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const domain = fromDomainError(originalOf(error));
  if (domain) return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions: domain.extensions };
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
