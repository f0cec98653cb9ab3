import { GraphQLError } from 'graphql';
import { EntitySchema } from 'typeorm';
import { addProblem, columnLimits, field, parseInput, parseYearRange, TEXT_COLUMN_CHARS, z } from './input';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, problems } = (error as GraphQLError).extensions as { code: string; problems: { field: string; message: string }[] };
    expect(code).toBe('BAD_USER_INPUT');
    return problems;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('input validation through the kit', () => {
  const schema = z
    .object({ title: field.text(10), note: field.optionalText(5), tags: field.list(field.text(3), 2), from: z.string(), to: z.string() })
    .superRefine((input, ctx) => {
      if (input.to < input.from) addProblem(ctx, ['to'], 'must not be before from');
    });

  it('returns the trimmed value, empty optional text as null', () => {
    expect(parseInput(schema, { title: '  Plan ', note: '  ', tags: ['a'], from: '1', to: '2' })).toEqual({
      title: 'Plan',
      note: null,
      tags: ['a'],
      from: '1',
      to: '2',
    });
  });

  it('names every problem by its path under the prefix, in order', () => {
    const problems = problemsOf(() => parseInput(schema, { title: ' ', note: 'too long', tags: ['abcd', 'b'], from: '2', to: '1' }));
    expect(problems).toEqual([
      { field: 'input.title', message: 'must not be empty' },
      { field: 'input.note', message: 'must be at most 5 characters' },
      { field: 'input.tags.0', message: 'must be at most 3 characters' },
      { field: 'input.to', message: 'must not be before from' },
    ]);
    expect(problemsOf(() => parseInput(schema, { title: 'a', tags: ['abcd', 'b', 'c'], from: '1', to: '2' }))).toEqual([
      { field: 'input.tags', message: 'must list at most 2' },
    ]);
  });

  it('refuses NUL bytes and lone surrogates in text', () => {
    expect(problemsOf(() => parseInput(field.text(50), 'a\u0000b', 'input.title'))).toEqual([
      { field: 'input.title', message: 'must not contain control characters or broken characters' },
    ]);
    expect(problemsOf(() => parseInput(field.text(50), 'a\uD800b', 'input.title'))[0].field).toBe('input.title');
    expect(parseInput(field.text(50), 'Sénégal 🇸🇳\nligne', 'input.title')).toBe('Sénégal 🇸🇳\nligne');
  });
});

describe('inputs bounded at the edge, by one mechanism', () => {
  const entity = new EntitySchema<{ id: string; title: string; notes: string; tags: string[]; count: number }>({
    name: 'Thing',
    columns: {
      id: { type: 'varchar', length: 36, primary: true },
      title: { type: 'varchar', length: 12 },
      notes: { type: 'text' },
      tags: { type: 'simple-json' },
      count: { type: 'int' },
    },
  });

  it('reads text limits from the columns themselves, tighter where asked, never wider', () => {
    expect(columnLimits(entity)).toEqual({ id: 36, title: 12, notes: TEXT_COLUMN_CHARS, tags: TEXT_COLUMN_CHARS });
    expect(columnLimits(entity, { notes: 100 }).notes).toBe(100);
    expect(() => columnLimits(entity, { title: 13 })).toThrow(/Thing.title: a limit of 13 does not fit its column \(12\)/);
    expect(() => columnLimits(entity, { count: 1 })).toThrow(/not text/);
  });

  it('refuses NUL bytes and lone surrogates, deduplicates and bounds lists, bounds numbers and codes', () => {
    const schema = z.object({
      key: field.idempotencyKey(),
      id: field.id(),
      tags: field.set(field.string(3), 3),
      n: field.int(1, 10),
      x: field.number(-1, 1),
      code: field.code((c) => c === 'GH', 'a known code'),
      email: field.email(20),
    });
    const good = { key: 'k-1', id: 'a', tags: ['a', 'a', 'b'], n: 2, x: 0.5, code: 'GH', email: ' Ana@Example.org ' };
    expect(parseInput(schema, good)).toEqual({ ...good, tags: ['a', 'b'], email: 'ana@example.org' });
    const problems = problemsOf(() =>
      parseInput(schema, {
        key: 'k\u0000',
        id: 'x'.repeat(65),
        tags: ['a', 'b', 'c', 'd'],
        n: 1.5,
        x: 2,
        code: 'Z'.repeat(500),
        email: `${'a'.repeat(20)}@b.org`,
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['input.key', 'input.id', 'input.tags', 'input.n', 'input.x', 'input.code', 'input.email']);
    expect(problems.find((p) => p.field === 'input.code')?.message).toBe('must be at most 64 characters');
    expect(
      problemsOf(() =>
        parseInput(
          field.code(() => false, 'a known code'),
          'Z'.repeat(50),
          'code',
        ),
      )[0].message,
    ).toBe(`"${'Z'.repeat(40)}…" is not a known code`);
    expect(problemsOf(() => parseInput(field.text(5), 'a\uD800b', 'title'))[0].message).toMatch(/broken characters/);
  });

  it('refuses a value too long for its JSON column, and an update that changes nothing', () => {
    expect(problemsOf(() => parseInput(field.stored(z.array(z.string()), 20), ['é'.repeat(10)], 'list'))[0].message).toMatch(/at most 20 bytes/);
    const update = field.changes({ phone: z.string().nullish(), cv: z.string().nullish() }, ['phone']);
    expect(problemsOf(() => parseInput(update, {}))).toEqual([{ field: 'input', message: 'must change at least one field' }]);
    expect(problemsOf(() => parseInput(update, { cv: null }))).toHaveLength(1);
    expect(parseInput(update, { phone: null })).toEqual({ phone: null });
  });
});

describe('a range of years', () => {
  it('runs from the first year to this year unless given, and names the year out of range or out of order', () => {
    expect(parseYearRange({}, 2009, 2026)).toEqual({ fromYear: 2009, toYear: 2026 });
    expect(parseYearRange({ fromYear: 2024, toYear: null }, 2009, 2026)).toEqual({ fromYear: 2024, toYear: 2026 });
    expect(parseYearRange({ fromYear: 2024, toYear: 2024 }, 2009, 2026)).toEqual({ fromYear: 2024, toYear: 2024 });
    expect(problemsOf(() => parseYearRange({ fromYear: 2025, toYear: 2024 }, 2009, 2026))).toEqual([
      { field: 'toYear', message: 'must not be before fromYear' },
    ]);
    expect(problemsOf(() => parseYearRange({ fromYear: 2008 }, 2009, 2026))).toEqual([{ field: 'fromYear', message: 'must be 2009 or more' }]);
    expect(problemsOf(() => parseYearRange({ toYear: 2027 }, 2009, 2026))).toEqual([{ field: 'toYear', message: 'must be at most 2026' }]);
  });
});
