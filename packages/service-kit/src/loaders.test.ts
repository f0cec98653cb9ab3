import { GraphQLScalarType } from 'graphql';
import { alignToKeys, groupToKeys, Loaders } from './loaders';
import { DateScalar, mergeResolvers } from './schema';

describe('loaders', () => {
  it('batches the loads of one request into one call', async () => {
    const loaders = new Loaders();
    const batches: (readonly number[])[] = [];
    const load = (n: number) =>
      loaders
        .get<number, number>('double', async (keys) => {
          batches.push(keys);
          return keys.map((k) => k * 2);
        })
        .load(n);
    expect(await Promise.all([load(1), load(2), load(3)])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('tells what a loader has answered, and nothing before it has, nor for a key whose answer was an error', async () => {
    const loaders = new Loaders();
    const halve = () => loaders.get<number, number>('halve', async (keys) => keys.map((k) => (k % 2 === 0 ? k / 2 : new Error(`${k} is odd`))));
    expect(loaders.loaded('halve', 4)).toBeUndefined();
    const pending = halve().loadMany([4, 3]);
    expect(loaders.loaded('halve', 4)).toBeUndefined();
    expect(await pending).toEqual([2, new Error('3 is odd')]);
    expect([loaders.loaded('halve', 4), loaders.loaded('halve', 3), loaders.loaded('other', 4)]).toEqual([2, undefined, undefined]);
  });

  it('aligns and groups rows to keys', () => {
    const rows = [
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
      { k: 'b', v: 3 },
    ];
    expect(alignToKeys(['a', 'c'], rows, (r) => r.k)).toEqual([{ k: 'a', v: 2 }, null]);
    expect(groupToKeys(['b', 'c'], rows, (r) => r.k)).toEqual([
      [
        { k: 'b', v: 1 },
        { k: 'b', v: 3 },
      ],
      [],
    ]);
  });
});

describe('mergeResolvers', () => {
  it('merges modules and fails on a clash', () => {
    const scalar = new GraphQLScalarType({ name: 'Date' });
    const merged = mergeResolvers<Record<string, unknown>>({ Query: { a: () => 1 }, Date: scalar }, { Query: { b: () => 2 }, Date: scalar });
    expect(Object.keys(merged.Query as object)).toEqual(['a', 'b']);
    expect(() => mergeResolvers({ Query: { a: () => 1 } }, { Query: { a: () => 2 } })).toThrow('Resolver clash on Query.a');
  });
});

describe('DateScalar', () => {
  it('serves calendar dates, the same again from what it checked, and refuses any other value every time', () => {
    expect([DateScalar.serialize('2026-02-28'), DateScalar.serialize('2026-02-28'), DateScalar.serialize('2024-02-29')]).toEqual([
      '2026-02-28',
      '2026-02-28',
      '2024-02-29',
    ]);
    for (let i = 0; i < 2; i++) {
      expect(() => DateScalar.serialize('2026-02-30')).toThrow('Value is not a valid LocalDate: 2026-02-30');
      expect(() => DateScalar.serialize('2026-2-28')).toThrow('not a valid LocalDate');
      expect(() => DateScalar.serialize(20260228)).toThrow('Value is not string');
    }
  });
});
