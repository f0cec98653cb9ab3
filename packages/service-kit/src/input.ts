import { isLanguageCode } from '@mieux/domain';
import { z } from 'zod';
import { badUserInput, type FieldProblem } from './errors';
import { IDEMPOTENCY_KEY_MAX } from './limits';

export { z };
export * from './limits';

/**
 * Text a person typed: control characters that no form produces (NUL and the like) and lone
 * UTF-16 surrogates are refused, since MySQL and logs mangle them.
 */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const clean = (value: string) => !UNWANTED.test(value);
const CLEAN_MESSAGE = 'must not contain control characters or broken characters';

/** The longest code (country, language, sub-topic...) read before it is looked up. */
const CODE_MAX = 64;

/** A value as a message quotes it: at most 40 characters, so an answer or a log never echoes a huge input. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** Text of at most `max` characters without control or broken characters, untrimmed (keys, ids). */
const bounded = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters`, abort: true })
    .refine(clean, CLEAN_MESSAGE);

/** Field builders shared by every service, so a limit and its message read the same everywhere. */
export const field = {
  /** Required text, trimmed: not empty, at most `max` characters. */
  text: (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).refine(clean, CLEAN_MESSAGE),
  /** Optional text, trimmed; empty becomes null. */
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .refine(clean, CLEAN_MESSAGE)
      .nullish()
      .transform((value) => value || null),
  /** A list of at most `max` items (a longer list is refused before its items are read). */
  list: <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `must list at most ${max}`),
  /** A list of at most `max` items without repeats: the same item given twice counts once. */
  set: <T extends z.ZodType>(item: T, max: number) =>
    z
      .array(item)
      .max(max, `must list at most ${max}`)
      .transform((items) => [...new Set(items)]),
  /** A code from a known list (`known`), named in the message as `what`: short, then looked up. */
  code: (known: (code: string) => unknown, what: string) =>
    bounded(CODE_MAX).refine((code) => Boolean(known(code)), { error: (issue) => `${quoted(issue.input)} is not ${what}` }),
  /** Working languages: ISO 639-1 codes the roster knows, at least one, at most `max`, each once. */
  languages: (max: number) =>
    field.set(field.code(isLanguageCode, 'an ISO 639-1 language code'), max).refine((codes) => codes.length > 0, 'must name at least one working language'),
  /** An e-mail address of at most `max` characters, trimmed and lower-cased. */
  email: (max: number) =>
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address')
      .refine(clean, CLEAN_MESSAGE)
      .transform((email) => email.toLowerCase()),
  /** A whole number from `min` to `max`. */
  int: (min: number, max: number) => z.number().int('must be a whole number').min(min, `must be ${min} or more`).max(max, `must be at most ${max}`),
  /** A finite number from `min` to `max`. */
  number: (min: number, max: number) => z.number().min(min, `must be ${min} or more`).max(max, `must be at most ${max}`),
  /** A client's idempotency key: at most IDEMPOTENCY_KEY_MAX characters, printable. */
  idempotencyKey: () => bounded(IDEMPOTENCY_KEY_MAX).min(1, 'must not be empty').nullish(),
  /** Text taken as it is (a code checked further on): at most `max` characters, printable. */
  string: (max: number) => bounded(max),
  /** An id as the graph gives it: refused when longer than any id the graph makes. */
  id: () => bounded(64),
  /**
   * A value stored as JSON text in a column of `bytes` bytes: refused when its JSON is longer, so
   * the database never truncates or refuses it.
   */
  stored: <T extends z.ZodType>(value: T, bytes: number) =>
    value.refine((parsed) => Buffer.byteLength(JSON.stringify(parsed) ?? '') <= bytes, `is too long to store (at most ${bytes} bytes as JSON)`),
  /**
   * An update: at least one of its fields must be given (null counts only for the `clearable`
   * fields, where it empties the field), or there is nothing to change.
   */
  changes: <T extends z.ZodRawShape>(shape: T, clearable: readonly (keyof T)[] = []) =>
    z
      .object(shape)
      .refine(
        (input: Record<string, unknown>) => Object.entries(input).some(([key, value]) => value !== undefined && (value !== null || clearable.includes(key))),
        'must change at least one field',
      ),
};

/** Turns zod's issues into the graph's field problems, each named by its path under `prefix`. */
export function toFieldProblems(error: z.ZodError, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/**
 * Validates a resolver's input with a zod schema and returns the parsed (trimmed, normalised)
 * value; any problem throws one BAD_USER_INPUT that lists every problem with its field.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badUserInput(toFieldProblems(parsed.error, prefix));
  return parsed.data;
}

/**
 * Collects problems that need more than one field (dates in order, a format of a type) in the
 * order they are found, for schemas' `superRefine`.
 */
export function addProblem(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * The years a yearly figure covers: `fromYear` and `toYear` as given, from `firstYear` and to
 * `thisYear` when omitted; out of that range or out of order is BAD_USER_INPUT naming the year.
 */
export function parseYearRange(
  args: { fromYear?: number | null; toYear?: number | null },
  firstYear: number,
  thisYear: number,
): { fromYear: number; toYear: number } {
  const years = z
    .object({ fromYear: field.int(firstYear, thisYear).nullish(), toYear: field.int(firstYear, thisYear).nullish() })
    .refine((y) => (y.fromYear ?? firstYear) <= (y.toYear ?? thisYear), { path: ['toYear'], message: 'must not be before fromYear' });
  const { fromYear, toYear } = parseInput(years, args, '');
  return { fromYear: fromYear ?? firstYear, toYear: toYear ?? thisYear };
}
