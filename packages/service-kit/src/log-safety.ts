/**
 * What a log line may carry. Logs are kept longer and read by more people than the databases they
 * describe, so they hold no personal data and no SQL parameters, whatever the level:
 * - fields that name, reach or describe a person are censored wherever they sit (pino redaction);
 * - every string is cut to a bounded length and e-mail addresses are masked, lists and nesting bounded;
 * - errors are logged by their kind, code and message (values a database quotes back masked), never
 *   with the statement's parameters, the driver's SQL with values inlined, or the request they came
 *   with; their stacks only at debug and below.
 */

/** Fields of the schema and its entities that hold personal data, and the credentials of a call. */
export const PERSONAL_FIELDS = [
  'fullName',
  'displayName',
  'email',
  'phone',
  'cvSummary',
  'contact',
  'contacts',
  'contactName',
  'contactEmail',
  'contactPhone',
  'nationality',
  'refusalReason',
  // Free text an officer writes about one expert: why dates outside their availability, why a deployment after the fact.
  'availabilityOverrideReason',
  'recordedReason',
  'comment',
  'address',
  'sub',
  'submittedBy',
  'by',
  'authorization',
  'cookie',
  'password',
  'token',
  // A statement's values and a request's variables may hold any of the above.
  'parameters',
  'variables',
] as const;

/** Headers that carry who is calling. */
const PERSONAL_HEADERS = ['authorization', 'cookie', 'x-mieux-identity'];

/** How deep a personal field is found by name (pino's paths have no recursive wildcard). */
const REDACTION_DEPTH = 4;

export const CENSORED = '[personal]';

/** pino `redact` paths: each personal field at the top and under up to REDACTION_DEPTH objects, and the identity headers. */
export function redactionPaths(): string[] {
  const paths: string[] = [];
  for (let depth = 0; depth <= REDACTION_DEPTH; depth += 1) {
    const prefix = '*.'.repeat(depth);
    for (const field of PERSONAL_FIELDS) paths.push(`${prefix}${field}`);
    for (const header of PERSONAL_HEADERS) paths.push(`${prefix}headers["${header}"]`);
  }
  return paths;
}

/** Longest string a log line keeps of any one value (a 300 kB field is cut to this). */
export const MAX_LOGGED_STRING = 2000;
/** Items kept of a logged list, and how deep a logged object is followed. */
const MAX_LOGGED_ITEMS = 20;
const MAX_LOGGED_DEPTH = 6;

const PERSONAL = new Set<string>(PERSONAL_FIELDS);
const EMAIL = /[^\s@'"`<>()[\]{},;:\\]+@[^\s@'"`<>()[\]{},;:\\]+\.[a-z]{2,}/gi;

/** A string as a log keeps it: e-mail addresses masked, cut to MAX_LOGGED_STRING characters. */
export function loggedString(value: string): string {
  const cut = value.length > MAX_LOGGED_STRING ? `${value.slice(0, MAX_LOGGED_STRING)}… (${value.length} characters)` : value;
  return cut.replace(EMAIL, '[e-mail]');
}

/**
 * A value as a log keeps it: strings through loggedString, lists and nesting bounded, personal
 * fields censored by name at any depth (besides pino's paths). Errors are left to the `err` serializer.
 */
export function boundedForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return loggedString(value);
  if (value === null || typeof value !== 'object' || value instanceof Error || value instanceof Date) return value;
  if (depth >= MAX_LOGGED_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_LOGGED_ITEMS).map((item) => boundedForLog(item, depth + 1));
    return value.length > MAX_LOGGED_ITEMS ? [...kept, `… (${value.length} items)`] : kept;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const kept = entries.slice(0, MAX_LOGGED_ITEMS * 2).map(([key, item]) => [key, PERSONAL.has(key) ? CENSORED : boundedForLog(item, depth + 1)]);
  return Object.fromEntries(kept);
}

/** Database messages that quote the value a statement carried (MySQL's duplicate key, bad value). */
const QUOTED_VALUES: [RegExp, string][] = [
  [/Duplicate entry '(?:[^'\\]|\\.)*'/g, "Duplicate entry '…'"],
  [/value: '(?:[^'\\]|\\.)*'/g, "value: '…'"],
  [/got invalid value .*?(?=; |$| at ")/g, 'got invalid value …'],
];

function loggedMessage(message: string): string {
  let masked = loggedString(message);
  for (const [pattern, replacement] of QUOTED_VALUES) masked = masked.replace(pattern, replacement);
  return masked;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  errno?: unknown;
  sqlState?: unknown;
  query?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
  cause?: unknown;
  driverError?: unknown;
  originalError?: unknown;
}

/**
 * pino's `err` serializer: an error's kind, message, codes, the statement's text (with its `?`
 * placeholders, without the values) and the GraphQL path; its stack only when `withStack` (debug);
 * what it was caused by, the same way. Nothing else it carries is kept (TypeORM's `parameters`,
 * mysql2's `sql` with values inlined and `sqlMessage`, a GraphQL error's source document).
 */
export function errorForLog(error: unknown, withStack: boolean, depth = 0): Record<string, unknown> {
  if (error === null || typeof error !== 'object') return { message: loggedMessage(String(error)) };
  const e = error as ErrorLike;
  const type = error instanceof Error ? error.constructor.name : typeof e.name === 'string' ? e.name : 'Object';
  const message = loggedMessage(typeof e.message === 'string' ? e.message : '');
  const logged: Record<string, unknown> = { type, message };
  if (typeof e.code === 'string' || typeof e.code === 'number') logged.code = e.code;
  if (typeof e.errno === 'number') logged.errno = e.errno;
  if (typeof e.sqlState === 'string') logged.sqlState = e.sqlState;
  if (typeof e.query === 'string') logged.query = loggedString(e.query);
  if (Array.isArray(e.path)) logged.path = boundedForLog(e.path);
  if (typeof e.extensions?.code === 'string') logged.extensionsCode = e.extensions.code;
  if (withStack && typeof e.stack === 'string') logged.stack = loggedStack(e.stack, type, message);
  const cause = e.driverError ?? e.originalError ?? e.cause;
  if (cause && cause !== error && depth < 3) logged.cause = errorForLog(cause, withStack, depth + 1);
  return logged;
}

/** A stack's frames under the already masked message (a stack's first line repeats the message). */
function loggedStack(stack: string, type: string, message: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames.slice(0, 30)].join('\n');
}
