import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, isCompositeType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Identity, Role } from '@mieux/service-kit/identity';
import { DEFAULT_PAGE_SIZE } from '@mieux/service-kit/pagination';
import type { GatewayContext } from './gateway-context';

/**
 * What a query may cost, by the caller's role: the largest budget among the token's roles, and the
 * anonymous one without a token. The cost estimates the values an answer may hold (below), so the
 * budgets read as "this many values in one answer": a few portfolios and pages for anyone on the
 * internet, a whole explorer of Actions with their activities for the people who analyse them.
 */
export const COST_BUDGETS: Readonly<Record<Role | 'ANONYMOUS', number>> = {
  ANONYMOUS: 1_500,
  PARTNER: 30_000,
  EXPERT: 30_000,
  PROJECT_OFFICER: 50_000,
  STEERING_COMMITTEE: 50_000,
  ANALYST: 200_000,
  ADMIN: 200_000,
};

/**
 * Fields whose answer costs far more than the values they hold: each portfolio folds every Action,
 * activity, participation and deployment of the graph (about 0.4 s of the services' time each, measured).
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.portfolio': 400,
};

export function budgetOf(identity: Identity): { role: Role | 'ANONYMOUS'; limit: number } {
  const roles: (Role | 'ANONYMOUS')[] = identity.roles.length > 0 ? [...identity.roles] : ['ANONYMOUS'];
  return roles.map((role) => ({ role, limit: COST_BUDGETS[role] })).reduce((best, next) => (next.limit > best.limit ? next : best));
}

/** How many items a list field may answer: its `first` or `last`, a connection's default page without them, one for a plain list. */
function itemsOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const asked = [args.first, args.last].find((value) => typeof value === 'number');
  if (typeof asked === 'number') return Math.max(asked, 0);
  const pages = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  return pages ? DEFAULT_PAGE_SIZE : 1;
}

/**
 * A field costs 1, an object 2 (or its weight in FIELD_WEIGHTS) plus what is selected in it, times
 * the items its list may answer. `args` are the field's arguments with the request's variables and the
 * schema's defaults applied, so `first: $n` costs what the literal would.
 */
const valuesEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = FIELD_WEIGHTS[`${type.name}.${field.name}`] ?? (isCompositeType(getNamedType(field.type)) ? 2 : 1);
  return itemsOf(field, args) * (own + childComplexity);
};

/**
 * What an operation of `document` costs with these variables; null when the variables do not coerce
 * (execution then refuses them as BAD_USER_INPUT, naming the field, before any work).
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [valuesEstimator] });
  } catch {
    return null;
  }
}

/**
 * Costs already computed, by schema and parsed document (Apollo Server keeps one document per query
 * text it has seen), then operation and variables: a query's cost depends on nothing else. A client
 * sends the same few operations with a few pages and filters, so most requests find their cost here
 * (the cost was about a tenth of the gateway's CPU on a matching call, measured).
 */
const known = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | null>>>();
/** Variable sets remembered per document, the oldest forgotten first. */
export const KNOWN_COSTS_PER_DOCUMENT = 64;
/** Variables whose text is longer are costed every time rather than kept. */
const LONGEST_KEY = 4_096;

/** `queryCost`, remembered per schema, document, operation and variables. */
export function knownQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number | null {
  const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  if (key.length > LONGEST_KEY) return queryCost(schema, document, variables, operationName);
  let documents = known.get(schema);
  if (!documents) known.set(schema, (documents = new WeakMap()));
  let costs = documents.get(document);
  if (!costs) documents.set(document, (costs = new Map<string, number | null>()));
  const remembered = costs.get(key);
  if (remembered !== undefined) return remembered;
  const cost = queryCost(schema, document, variables, operationName);
  if (costs.size >= KNOWN_COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value as string);
  costs.set(key, cost);
  return cost;
}

/**
 * Refuses a query whose cost is over its caller's budget, before any subgraph is called: the code
 * COST_LIMIT_EXCEEDED with the cost, the limit and the role whose budget it is. Computed per request,
 * with its variables (a validation rule would be cached per document and never see them), and
 * remembered for the next request of the same document and variables. Applies to
 * the documents callers send over HTTP; an export's queries are the gateway's own, and its caller's
 * role is checked by the services as for any query.
 */
export function costBudgetPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue, operationName }) {
          // The gateway's own operations (the exports: fixed documents read page by page) are not the caller's to size.
          if (!request.http) return;
          const cost = knownQueryCost(schema, document, request.variables, operationName ?? undefined);
          const { role, limit } = budgetOf(contextValue.identity);
          if (cost === null || cost <= limit) return;
          const who = role === 'ANONYMOUS' ? 'without signing in' : `for the role ${role}`;
          throw new GraphQLError(
            `The query costs ${cost}, over the limit of ${limit} ${who}: ask for fewer items (first), fewer aliases or fewer nested fields`,
            {
              extensions: { code: 'COST_LIMIT_EXCEEDED', cost, limit, role, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
