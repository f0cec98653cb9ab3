import { createRequire } from 'node:module';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { HttpRejection, type Download } from '@mieux/service-kit/http';
import type * as WriteExcel from 'write-excel-file/node' with { 'resolution-mode': 'import' };
import type { GatewayContext } from '../gateway-context';
import {
  activitiesOf,
  IATI_ACTIVITIES_QUERY,
  IATI_EXPORT_QUERY,
  iatiActivities,
  type IatiActionAnswer,
  type IatiActivitiesAnswer,
  type ThematicAreaLabels,
} from './iati';
import {
  ACTIONS_EXPORT_QUERY,
  actionsTable,
  PORTFOLIO_EXPORT_QUERY,
  portfolioTable,
  toCsv,
  type ActionAnswer,
  type PortfolioAnswer,
  type Table,
} from './tables';

/** Filter parameters of each export, as the query string names them: the GraphQL filter's own fields. */
const PORTFOLIO_PARAMETERS = ['from', 'to', 'region', 'countryCode', 'thematicArea', 'phase'];
const ACTIONS_PARAMETERS = ['status', 'countryCode', 'region', 'thematicArea', 'phase', 'approvedFrom', 'approvedTo'];
/** Lists given comma-separated in the query string. */
const LIST_PARAMETERS = new Set(['status']);
/** An export reads at most this many pages of Actions. */
const MAX_PAGES = 1000;

type Execute = (query: string, variables: Record<string, unknown>, context: GatewayContext) => Promise<Record<string, unknown>>;

/**
 * The analysts' exports, served by the gateway on GET: `/export/portfolio.csv|xlsx` and
 * `/export/actions.csv|xlsx`, and the Actions as IATI 2.03 at `/export/iati-activities.xml`, with the filter in the query string (`?region=AFRICA&from=2016-01-01`) and
 * `lang=EN|FR` for labels. Each runs the graph's own operation with the caller's identity, so the figures
 * are the graph's and so are the rules of who may read what.
 */
export function exportEndpoints(apollo: ApolloServer<GatewayContext>): Record<string, (query: URLSearchParams, context: GatewayContext) => Promise<Download>> {
  const execute: Execute = async (query, variables, contextValue) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('An export expects a single answer');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw rejectionOf(errors);
    return data as Record<string, unknown>;
  };
  const portfolio = async (query: URLSearchParams, context: GatewayContext) => {
    const { filter, lang } = variablesOf(query, PORTFOLIO_PARAMETERS);
    const data = await execute(PORTFOLIO_EXPORT_QUERY, { filter, lang }, context);
    return portfolioTable(data.portfolio as PortfolioAnswer);
  };
  /** Every page of a list of Actions, as one list (and the last page's other root fields). */
  const allActions = async <T>(operation: string, query: URLSearchParams, context: GatewayContext) => {
    const { filter, lang } = variablesOf(query, ACTIONS_PARAMETERS);
    const nodes: T[] = [];
    let after: string | null = null;
    for (let page = 0; ; page += 1) {
      if (page === MAX_PAGES) throw new HttpRejection(413, `An export reads at most ${MAX_PAGES} pages of Actions: narrow the filter`);
      const data = await execute(operation, { filter, after, ...(operation === ACTIONS_EXPORT_QUERY ? { lang } : {}) }, context);
      const connection = data.actions as { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      nodes.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) return { nodes, data };
      after = connection.pageInfo.endCursor;
    }
  };
  const actions = async (query: URLSearchParams, context: GatewayContext) =>
    actionsTable((await allActions<ActionAnswer>(ACTIONS_EXPORT_QUERY, query, context)).nodes);
  const iati = async (query: URLSearchParams, context: GatewayContext): Promise<Download> => {
    const { nodes, data } = await allActions<IatiActionAnswer>(IATI_EXPORT_QUERY, query, context);
    const actions = [];
    for (const answer of nodes) {
      const activities = answer.activities.pageInfo.hasNextPage
        ? ((await execute(IATI_ACTIVITIES_QUERY, { id: answer.id }, context)).action as { activities: IatiActivitiesAnswer }).activities
        : answer.activities;
      actions.push({ ...answer, activities: activitiesOf(activities) });
    }
    return {
      contentType: 'application/xml; charset=utf-8',
      fileName: `mieux-iati-activities-${stamp()}.xml`,
      body: iatiActivities(actions, data.thematicAreas as ThematicAreaLabels),
    };
  };
  return {
    '/export/portfolio.csv': async (query, context) => csv(await portfolio(query, context), 'portfolio'),
    '/export/portfolio.xlsx': async (query, context) => xlsx(await portfolio(query, context), 'portfolio'),
    '/export/actions.csv': async (query, context) => csv(await actions(query, context), 'actions'),
    '/export/actions.xlsx': async (query, context) => xlsx(await actions(query, context), 'actions'),
    '/export/iati-activities.xml': iati,
  };
}

/** The filter and language from a query string; an unknown parameter is refused, naming it. */
export function variablesOf(query: URLSearchParams, allowed: readonly string[]): { filter: Record<string, unknown>; lang: string } {
  const filter: Record<string, unknown> = {};
  let lang = 'EN';
  for (const [name, value] of query) {
    if (name === 'lang') lang = value.toUpperCase();
    else if (allowed.includes(name)) filter[name] = LIST_PARAMETERS.has(name) ? value.split(',').filter(Boolean) : value;
    else throw badParameter(name, `is not a filter of this export (${[...allowed, 'lang'].join(', ')})`);
  }
  return { filter, lang };
}

const badParameter = (field: string, message: string) =>
  new HttpRejection(400, `${field} ${message}`, { code: 'BAD_USER_INPUT', field, problems: [{ field, message }] });

/**
 * The graph's refusal as an HTTP one. An export with a hole (a service away) is refused as a whole: a
 * file that silently lacks figures would be read as zeros.
 */
function rejectionOf(errors: readonly GraphQLFormattedError[]): HttpRejection {
  const [first] = errors;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
    // A value that does not fit its type names the variable's path: `filter.region` is the parameter `region`.
    const field =
      /at "filter\.(\w+)"/.exec(first.message)?.[1] ?? (/Variable "\$lang"/.test(first.message) ? 'lang' : (first.extensions?.field as string | undefined));
    return new HttpRejection(400, first.message, { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
  }
  if (code === 'UNAUTHENTICATED') return new HttpRejection(401, first.message);
  if (code === 'FORBIDDEN') return new HttpRejection(403, first.message);
  if (code === 'SERVICE_UNAVAILABLE') return new HttpRejection(503, first.message, { code, service: first.extensions?.service });
  return new HttpRejection(502, first.message, { code });
}

const stamp = () => new Date().toISOString().slice(0, 10);

function csv(table: Table, name: string): Download {
  return { contentType: 'text/csv; charset=utf-8', fileName: `mieux-${name}-${stamp()}.csv`, body: toCsv(table) };
}

async function xlsx(table: Table, name: string): Promise<Download> {
  const header = table.columns.map((value) => ({ value, fontWeight: 'bold' as const }));
  // Loaded when a workbook is first asked for: the CommonJS build the package ships beside its ES module
  // (so the gateway's in-process tests run it as the process does).
  const { default: writeXlsxFile } = createRequire(__filename)('write-excel-file/node') as typeof WriteExcel;
  const body = await writeXlsxFile([header, ...table.rows], { sheet: table.name, stickyRowsCount: 1 }).toBuffer();
  return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `mieux-${name}-${stamp()}.xlsx`, body };
}
