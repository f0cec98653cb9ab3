import { z } from 'zod';
import { badUserInput, type FieldProblem } from './errors';

export { z };

/**
 * Text a person typed: control characters that no form produces (NUL and the like) and lone
 * UTF-16 surrogates are refused, since MySQL and logs mangle them.
 */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const clean = (value: string) => !UNWANTED.test(value);
const CLEAN_MESSAGE = 'must not contain control characters or broken characters';

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
