import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger';
import { REQUEST_ID_HEADER } from '../identity';

const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown by `authenticate` to answer 401 without reaching GraphQL. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  /**
   * Builds the request's context; throw HttpRejection to refuse the call. `raw` is the request as
   * received: the body of a POST, the query string of a GET (what a signed identity is bound to).
   */
  context(request: IncomingMessage, requestId: string, logger: Logger, raw: string): Promise<TContext>;
  /** `/ready`: whether what the service needs (its database, its subgraphs) answers. */
  ready(): Promise<boolean>;
  /** `/metrics`: counters in the Prometheus text format, when the service keeps any. */
  metrics?(): string;
  /** Last say on the HTTP status of a GraphQL answer (the gateway uses it for the legacy JSON media type). */
  adjustStatus?(response: HTTPGraphQLResponse): number | undefined;
}

/**
 * Node HTTP handler serving `/graphql` through Apollo Server, plus `/health` (the process is alive)
 * and `/ready` (its dependencies answer). Every request gets an id, taken from `x-request-id` when the
 * caller sent a sane one, echoed in the response and carried by every log line of the request.
 */
export function createGraphQLHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const logger = options.logger.child({ requestId });
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready' && req.method === 'GET') {
        const ready = await options.ready().catch(() => false);
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
      }
      if (url.pathname === '/metrics' && req.method === 'GET' && options.metrics) {
        res.setHeader('content-type', 'text/plain; version=0.0.4');
        res.end(options.metrics());
        return;
      }
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        return sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; GraphQL is at /graphql` }] });
      }
      const started = process.hrtime.bigint();
      const { body, raw } = req.method === 'POST' ? await readBody(req) : { body: undefined, raw: url.search };
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      // Built before Apollo sees the call, so a refused identity is a plain 401, not a GraphQL 500.
      const contextValue = await options.context(req, requestId, logger, raw);
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => contextValue,
      });
      res.statusCode = options.adjustStatus?.(response) ?? response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
      logger.debug({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'graphql');
    } catch (error) {
      if (error instanceof HttpRejection) {
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: codeOf(error.status) } }] });
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  };
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
