import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/** Headers a browser app may send: the token, JSON, Apollo Client's CSRF header, trace context, our request id. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
  'tracestate',
  'x-request-id',
];

/** How long a browser may reuse a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Whether a browser origin is on the allowlist. An entry is an exact origin (`https://portal.mieux.eu`)
 * or a host with any port (`http://localhost:*`).
 */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
  const given = origin.toLowerCase();
  return allowlist.some((entry) => {
    const allowed = entry.toLowerCase();
    if (!allowed.endsWith(':*')) return given === allowed;
    const host = allowed.slice(0, -2);
    return given === host || (given.startsWith(`${host}:`) && /^\d{1,5}$/.test(given.slice(host.length + 1)));
  });
}

/**
 * CORS through the `cors` library. An allowed origin gets `Access-Control-Allow-Origin` (its own, with
 * `Vary: Origin`); any other origin gets no CORS header, so its browser refuses the answer. A preflight
 * (OPTIONS) is answered here with 204, the methods and the headers above. Credentials are never allowed:
 * callers send a bearer token, not cookies, so no `Access-Control-Allow-Credentials` is sent and a
 * `credentials: 'include'` call is refused by the browser. Resolves true when the response is complete.
 */
export function corsFor(allowlist: readonly string[]): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(origin, allowlist)),
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    preflightContinue: false,
    optionsSuccessStatus: 204,
  });
  return (req, res) =>
    new Promise((resolve, reject) => {
      middleware(req, res, (error?: unknown) =>
        error ? reject(error instanceof Error ? error : new Error('CORS check failed', { cause: error })) : resolve(false),
      );
      // A preflight is answered (synchronously, the origin check being synchronous) without calling next.
      if (res.writableEnded) resolve(true);
    });
}
