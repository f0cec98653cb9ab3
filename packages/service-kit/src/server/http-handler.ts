import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger';
import { REQUEST_ID_HEADER } from '../identity';
import { operationNameOf, type ServiceMetrics } from '../metrics';
import { isProbePath } from './probes';
import { corsFor } from './cors';

const MAX_BODY_BYTES = 1024 * 1024;

/** Seconds a client should wait before retrying when a service or the graph could answer nothing. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown by `authenticate` to answer 401 without reaching GraphQL. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Added to the error's extensions (a `code` here replaces the one the status gives). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A file made for the caller (the gateway's exports): its media type, its name, its bytes. */
export interface Download {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

/** A file served as is at a path (the gateway's development landing page scripts). */
export interface StaticAsset {
  file: string;
  contentType: string;
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  /** The service's name, in `/ready`'s answer: whoever checks readiness knows who answered. */
  service: string;
  /** Without it the process answers no GraphQL, only its probes, metrics and endpoints (the notifier). */
  apollo?: ApolloServer<TContext>;
  logger: Logger;
  /**
   * Builds the request's context; throw HttpRejection to refuse the call. `raw` is the request as
   * received: the body of a POST, the query string of a GET (what a signed identity is bound to).
   */
  context(request: IncomingMessage, requestId: string, logger: Logger, raw: string): Promise<TContext>;
  /** `/ready`: whether what the service needs (its database, its subgraphs) answers. */
  ready(): Promise<boolean>;
  /** Request durations are recorded there and `/metrics` serves it. */
  metrics: ServiceMetrics;
  /**
   * More JSON endpoints answering GET, by path (the gateway's `/health/subgraphs`, a producer's
   * `/events`); one may refuse the call by throwing HttpRejection.
   */
  endpoints?: Record<string, (request: IncomingMessage, url: URL) => Promise<unknown>>;
  /** More of `/ready`'s answer (the events' lag): facts for an operator, not a condition of readiness. */
  readyDetails?(): Promise<Record<string, unknown>>;
  /**
   * JSON endpoints answering POST with a JSON body, by path (the gateway's development `/dev/token`);
   * they throw HttpRejection to refuse.
   */
  postEndpoints?: Record<string, (body: unknown) => Promise<unknown>>;
  /**
   * Files made on GET for the caller, by path: built with the request's context (so with its
   * authentication) and its query string; they throw HttpRejection to refuse.
   */
  downloads?: Record<string, (query: URLSearchParams, context: TContext) => Promise<Download>>;
  /** Files served at their paths on GET. */
  assets?: Record<string, StaticAsset>;
  /** Last say on the HTTP status of a GraphQL answer (the gateway uses it for the legacy JSON media type). */
  adjustStatus?(response: HTTPGraphQLResponse): number | undefined;
  /**
   * Browser origins allowed to call (see corsFor); without it no CORS header is sent and a preflight
   * meets Apollo's CSRF prevention. CSRF prevention stays on for every other request either way.
   */
  corsOrigins?: readonly string[];
}

/**
 * Node HTTP handler serving `/graphql` through Apollo Server, plus `/health` (the process is alive),
 * `/ready` (its dependencies answer) and `/metrics` (Prometheus). Every request gets an id, taken from
 * `x-request-id` when the caller sent a sane one, echoed in the response and carried by every log line
 * of the request, and ends with one access log line (and, for GraphQL, one duration sample).
 */
export function createGraphQLHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  const cors = options.corsOrigins ? corsFor(options.corsOrigins) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const logger = options.logger.child({ requestId });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = process.hrtime.bigint();
    let httpGraphQLRequest: HTTPGraphQLRequest | undefined;
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const operation = operationNameOf(httpGraphQLRequest);
      const graphql = isGraphQLPath(url.pathname);
      if (graphql && res.writableFinished) options.metrics.observeRequest(operation, res.statusCode, seconds);
      // The access log: what was asked and how it went, never who asked or with what values.
      const line = {
        method: req.method,
        path: url.pathname,
        status: res.statusCode,
        ms: Math.round(seconds * 1e4) / 10,
        operation,
        completed: res.writableFinished,
      };
      if (isProbePath(url.pathname)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    try {
      if (cors && (await cors(req, res))) return;
      if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready' && req.method === 'GET') {
        const ready = await options.ready().catch(() => false);
        const details = (await options.readyDetails?.().catch((error: Error) => ({ detailsError: error.message }))) ?? {};
        return sendJson(res, ready ? 200 : 503, { ...readiness(options.service, ready), ...details });
      }
      const endpoint = req.method === 'GET' ? options.endpoints?.[url.pathname] : undefined;
      if (endpoint) return sendJson(res, 200, await endpoint(req, url));
      const postEndpoint = req.method === 'POST' ? options.postEndpoints?.[url.pathname] : undefined;
      if (postEndpoint) return sendJson(res, 200, await postEndpoint((await readBody(req)).body));
      const download = req.method === 'GET' ? options.downloads?.[url.pathname] : undefined;
      if (download) {
        const file = await download(url.searchParams, await options.context(req, requestId, logger, url.search));
        res.setHeader('content-type', file.contentType);
        res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
        res.setHeader('cache-control', 'no-store');
        return void res.end(file.body);
      }
      const asset = req.method === 'GET' ? options.assets?.[url.pathname] : undefined;
      if (asset) return sendFile(res, asset);
      if (url.pathname === '/metrics' && req.method === 'GET') {
        const { contentType, body } = await options.metrics.scrape();
        res.setHeader('content-type', contentType);
        res.end(body);
        return;
      }
      if (!options.apollo) return sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; ${options.service} answers no GraphQL` }] });
      if (!isGraphQLPath(url.pathname)) {
        return sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; GraphQL is at /graphql` }] });
      }
      const { body, raw } = req.method === 'POST' ? await readBody(req) : { body: undefined, raw: url.search };
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      // Built before Apollo sees the call, so a refused identity is a plain 401, not a GraphQL 500.
      const contextValue = await options.context(req, requestId, logger, raw);
      httpGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
      const response = await options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => contextValue });
      res.statusCode = options.adjustStatus?.(response) ?? response.status ?? 200;
      if (nothingAnsweredForUnavailability(response)) {
        res.statusCode = 503;
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      }
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof HttpRejection) {
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: codeOf(error.status), ...error.extensions } }] });
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  };
}

/** `/ready`'s answer: the state, and who answers (service name and process), so a start cannot mistake another process for its own. */
export interface Readiness {
  status: 'ready' | 'not ready';
  service: string;
  pid: number;
}

function readiness(service: string, ready: boolean): Readiness {
  return { status: ready ? 'ready' : 'not ready', service, pid: process.pid };
}

function isGraphQLPath(pathname: string): boolean {
  return pathname === '/graphql' || pathname === '/';
}

/**
 * A GraphQL answer with no data at all (or only null root fields) and nothing but SERVICE_UNAVAILABLE
 * errors: the caller may retry the whole request, so it is told with 503 and Retry-After.
 */
function nothingAnsweredForUnavailability(response: HTTPGraphQLResponse): boolean {
  // Apollo Server writes `errors` first when there are any: an answer without is not searched (a page of Actions is 200 kB).
  if (response.body.kind !== 'complete' || !response.body.string.startsWith('{"errors":')) return false;
  if (!response.body.string.includes('"SERVICE_UNAVAILABLE"')) return false;
  try {
    const body = JSON.parse(response.body.string) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] };
    const noData = !body.data || Object.values(body.data).every((value) => value === null);
    return noData && !!body.errors?.length && body.errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  } catch {
    return false;
  }
}

function codeOf(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  return 'BAD_REQUEST';
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendFile(res: ServerResponse, asset: StaticAsset): void {
  res.setHeader('content-type', asset.contentType);
  res.setHeader('cache-control', 'public, max-age=3600');
  createReadStream(asset.file)
    .on('error', () => sendJson(res, 404, { errors: [{ message: 'Not found' }] }))
    .pipe(res);
}

/** Reads a POST body: JSON when declared so (invalid JSON is a 400), otherwise the raw text; and the raw text. */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; raw: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpRejection(413, `Request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!/application\/(graphql-response\+)?json/i.test(type)) return { body: text, raw: text };
  if (text.length === 0) return { body: undefined, raw: text };
  try {
    return { body: JSON.parse(text) as unknown, raw: text };
  } catch {
    throw new HttpRejection(400, 'The request body is not valid JSON');
  }
}

/** Listens on a port (0 picks a free one) of one interface (HOST) and resolves with the port taken. */
export function listenOn(http: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
  });
}

/** Stops accepting connections and resolves once the calls in flight are answered. */
export function closeServer(http: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!http.listening) return resolve();
    http.close(() => resolve());
    http.closeIdleConnections();
  });
}
