import { GraphQLError } from 'graphql';
import { addProblem, field, parseInput, z } from './input';

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
