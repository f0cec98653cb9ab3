import { getLocation, Kind, parse, Source, visit, type ASTNode, type SourceLocation } from 'graphql';
import { Response } from 'undici';
import { badUserInput } from '@mieux/service-kit/errors';

/**
 * Statuses at which a subgraph still answers in GraphQL: a request it refused (400: a variable or
 * scalar value that does not coerce) and its own outage (503: its database is away). Any other
 * non-2xx is a transport failure.
 */
const GRAPHQL_ANSWER_STATUSES = new Set([400, 503]);

interface AnswerError {
  message: string;
  locations?: SourceLocation[];
  extensions?: Record<string, unknown>;
}

/**
 * A subgraph's 400 or 503 whose body is a GraphQL response with coded errors is handed to the gateway
 * as the GraphQL answer it is, so each error keeps its code (BAD_USER_INPUT naming the field,
 * SERVICE_UNAVAILABLE naming the service) instead of becoming "it answered HTTP 400".
 * `query` gives the document the gateway sent, to name the field of a refused literal: read only for such
 * an answer (the body of an entity fetch carries hundreds of representations).
 */
export async function asGraphQLAnswer(response: Response, query: () => string | undefined): Promise<Response> {
  if (!GRAPHQL_ANSWER_STATUSES.has(response.status)) return response;
  const text = await response.text();
  let body: { errors?: AnswerError[] } | null;
  try {
    body = JSON.parse(text) as { errors?: AnswerError[] };
  } catch {
    body = null;
  }
  const errors = body?.errors;
  const coded = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e.extensions?.code === 'string');
  if (!coded) return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  const sent = query();
  const answer = JSON.stringify({ ...body, errors: errors.map((error) => refusedLiteral(error, sent) ?? error) });
  return new Response(answer, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/**
 * The gateway validated the client's document against the supergraph, where a custom scalar (`Date`)
 * takes any literal; a subgraph that then fails validation refused a literal value: that is
 * BAD_USER_INPUT, naming the argument or input field where the value stands.
 */
function refusedLiteral(error: AnswerError, query: string | undefined): AnswerError | null {
  if (error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !query || !error.locations?.[0]) return null;
  const field = inputPathAt(query, error.locations[0]);
  if (!field) return null;
  const refused = badUserInput([{ field, message: error.message }]);
  return { message: refused.message, extensions: { ...error.extensions, ...refused.extensions } };
}

/** The path of arguments and input fields (`filter.approvedFrom`) leading to the value at a location. */
function inputPathAt(query: string, at: SourceLocation): string | null {
  const source = new Source(query);
  const path: string[] = [];
  let found: string | null = null;
  const named = (node: ASTNode) => node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD;
  try {
    visit(parse(source), {
      enter(node) {
        if (named(node)) path.push((node as { name: { value: string } }).name.value);
        const start = node.loc && getLocation(source, node.loc.start);
        if (!found && path.length > 0 && start && start.line === at.line && start.column === at.column && !named(node)) found = path.join('.');
      },
      leave(node) {
        if (named(node)) path.pop();
      },
    });
  } catch {
    return null;
  }
  return found;
}
