import { cacheExchange, Client, type CombinedError, fetchExchange } from 'urql';
import { currentSession } from './session';

/** The one client of the graph: every call carries the session's bearer token, when there is one. */
export function createGraphClient(graphUrl: string): Client {
  return new Client({
    url: graphUrl,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: (): RequestInit => {
      const session = currentSession();
      const headers: Record<string, string> = session ? { authorization: `Bearer ${session.token}` } : {};
      return { headers };
    },
    requestPolicy: 'cache-and-network',
    // POST with JSON: the gateway's CSRF prevention refuses a GET without a preflight.
    preferGetMethod: false,
  });
}

/** A problem of BAD_USER_INPUT: the input field it is about (a dotted path) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The field problems the graph answered, from BAD_USER_INPUT errors. */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  return (error?.graphQLErrors ?? []).flatMap((e) => {
    if (e.extensions?.code !== 'BAD_USER_INPUT') return [];
    const problems = e.extensions.problems as FieldProblem[] | undefined;
    if (problems?.length) return problems;
    return typeof e.extensions.field === 'string' ? [{ field: e.extensions.field, message: e.message }] : [];
  });
}

/** The code of the first error (NOT_FOUND, FORBIDDEN, …), or NETWORK when the graph could not be reached. */
export function errorCode(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** The first error's own words in a language (`extensions.messages`, EN and FR, of the graph's rule conflicts), when it has them. */
export function errorMessage(error: CombinedError | undefined, lang: string): string | null {
  const messages = error?.graphQLErrors[0]?.extensions?.messages as Record<string, string> | undefined;
  return messages?.[lang.toUpperCase()] ?? null;
}

/** The reason code of the first error (a CONFLICT's `extensions.reason`, e.g. OUTSIDE_AVAILABILITY), when it has one. */
export function errorReason(error: CombinedError | undefined): string | null {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}
