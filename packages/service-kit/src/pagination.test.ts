import { decodeCursor, encodeCursor, pageSize, sliceConnection, type CursorOrder, type PageArgs } from './pagination';

interface Item {
  id: string;
  score: number;
}

// Scores with ties: the id breaks them, in the same direction.
const items: Item[] = [
  { id: 'e', score: 0.5 },
  { id: 'a', score: 0.9 },
  { id: 'c', score: 0.5 },
  { id: 'b', score: 0.7 },
  { id: 'd', score: 0.5 },
];
const byScore: CursorOrder<Item> = { direction: 'DESC', sortKind: 'number', sortValue: (i) => i.score, id: (i) => i.id };
const ids = (args: PageArgs) => sliceConnection(items, args, byScore).edges.map((e) => e.node.id);

describe('sliceConnection', () => {
  it('orders by the sort value then the id, and walks forward and backward through ties', () => {
    expect(ids({ first: 5 })).toEqual(['a', 'b', 'e', 'd', 'c']);
    const [, second, third] = sliceConnection(items, { first: 5 }, byScore).edges;
    expect(ids({ first: 2, after: second.cursor })).toEqual(['e', 'd']);
    expect(ids({ last: 1, before: third.cursor })).toEqual(['b']);
    expect(ids({ after: second.cursor, before: encodeCursor([0.5, 'c']) })).toEqual(['e', 'd']);
  });

  it('answers pageInfo as the specification says, and the total whatever the page', () => {
    const all = sliceConnection(items, {}, byScore);
    expect(all.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: all.edges[0].cursor, endCursor: all.edges[4].cursor });
    expect(sliceConnection(items, { first: 2 }, byScore).pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(sliceConnection(items, { first: 2, after: all.edges[2].cursor }, byScore).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(sliceConnection(items, { last: 2 }, byScore).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(sliceConnection(items, { last: 2, before: all.edges[4].cursor }, byScore).pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(sliceConnection(items, { first: 1, after: all.edges[4].cursor }, byScore)).toMatchObject({ edges: [], totalCount: 5 });
    expect(sliceConnection([], {}, byScore).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('encodes a cursor only when it is read', () => {
    const id = jest.fn((i: Item) => i.id);
    const page = sliceConnection([items[0]], {}, { ...byScore, id });
    expect(id).not.toHaveBeenCalled();
    expect(decodeCursor(page.edges[0].cursor, ['number', 'string'])).toEqual([0.5, 'e']);
    expect(id).toHaveBeenCalledTimes(1);
    expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
  });

  it('keeps its place when the row of a cursor is gone', () => {
    expect(ids({ first: 2, after: encodeCursor([0.6, 'zz']) })).toEqual(['e', 'd']);
  });
});

describe('cursors and sizes', () => {
  const refused = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { extensions: Record<string, unknown> }).extensions;
    }
    throw new Error('not refused');
  };

  it('reads back what it wrote and refuses anything of another shape, naming the argument', () => {
    expect(decodeCursor(encodeCursor(['2026-01-31', 'id']), ['date', 'string'])).toEqual(['2026-01-31', 'id']);
    expect(decodeCursor(encodeCursor(['2026-01-31T10:00:00.000Z', 'id']), ['datetime', 'string'])).toEqual(['2026-01-31T10:00:00.000Z', 'id']);
    for (const values of [['2026-02-30', 'id'], ['31/01/2026', 'id'], [1, 'id'], ['2026-01-31', ''], ['2026-01-31'], ['2026-01-31', 'id', 3], { a: 1 }]) {
      expect(refused(() => decodeCursor(encodeCursor(values as never), ['date', 'string'], 'before'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'before',
      });
    }
    expect(refused(() => decodeCursor(encodeCursor(['yesterday', 'id']), ['datetime', 'string']))).toMatchObject({ field: 'after' });
    expect(refused(() => decodeCursor(encodeCursor([Number.NaN, 'id']), ['number', 'string']))).toMatchObject({ field: 'after' });
    expect(refused(() => decodeCursor('%%%', ['number', 'string']))).toMatchObject({ field: 'after' });
    // Numbers beyond doubles (JSON's 1e400 is Infinity, which SQL does not know), long or odd values, long cursors.
    for (const cursor of [
      Buffer.from('[1e400,"x"]').toString('base64url'),
      encodeCursor(['x'.repeat(201), 'id']),
      encodeCursor(['a\u0000', 'id']),
      'x'.repeat(1100),
    ]) {
      expect(
        refused(() => decodeCursor(cursor, cursor.length > 500 ? ['string', 'string'] : [cursor.startsWith('WzFl') ? 'number' : 'string', 'string'])),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });

  it('has a default page, refuses more than 100 rather than cutting silently, and one way at a time', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(refused(() => pageSize(101))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(refused(() => pageSize(1.5))).toMatchObject({ field: 'first' });
    expect(refused(() => sliceConnection(items, { first: 1, last: 1 }, byScore))).toMatchObject({ field: 'last' });
    expect(refused(() => sliceConnection(items, { last: -1 }, byScore))).toMatchObject({ field: 'last' });
  });
});
