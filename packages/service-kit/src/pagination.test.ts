import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, selects, selectsBelow, sliceConnection, type CursorOrder, type PageArgs } from './pagination';

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

describe('selects and selectsBelow', () => {
  const infoOf = (document: string) => {
    const parsed = parse(document);
    const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return { fieldNodes: operation.selectionSet.selections as FieldNode[], fragments };
  };

  it('finds a field on what the resolver returns, directly, in inline fragments and in named fragments', () => {
    expect(selects(infoOf('{ list { totalCount } }'), 'totalCount')).toBe(true);
    expect(selects(infoOf('{ list { edges { node { totalCount } } } }'), 'totalCount')).toBe(false);
    expect(selects(infoOf('{ list { ... on List { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selects(infoOf('{ list { ...F } } fragment F on List { ...G } fragment G on List { totalCount }'), 'totalCount')).toBe(true);
  });

  it('finds a field below a path of fields, through fragments at every level, and only there', () => {
    const path = ['edges', 'node', 'expert'];
    expect(selectsBelow(infoOf('{ d { edges { node { expert { name } } } } }'), path, 'name')).toBe(true);
    expect(selectsBelow(infoOf('{ d { edges { node { expert { id } name } } } }'), path, 'name')).toBe(false);
    expect(selectsBelow(infoOf('{ d { edges { node { role } } } }'), path, 'name')).toBe(false);
    const split = infoOf(
      '{ d { edges { node { expert { id } } } ...E } } fragment E on D { edges { ... on Edge { node { expert { ...N } } } } } fragment N on X { name }',
    );
    expect(selectsBelow(split, path, 'name')).toBe(true);
    expect(selectsBelow(split, path, 'id')).toBe(true);
    expect(selectsBelow(split, path, 'role')).toBe(false);
  });

  it('gives the same answer when asked again of the same field nodes', () => {
    const info = infoOf('{ d { edges { node { expert { name } } } } }');
    expect([selectsBelow(info, ['edges', 'node', 'expert'], 'name'), selectsBelow(info, ['edges', 'node', 'expert'], 'name')]).toEqual([true, true]);
    expect(selectsBelow(info, ['edges', 'node'], 'name')).toBe(false);
  });

  it('finds any of several fields', () => {
    const info = infoOf('{ d { edges { node { expert { name } } } } }');
    const path = ['edges', 'node', 'expert'];
    expect([selectsBelow(info, path, ['id', 'name']), selectsBelow(info, path, ['id', 'role'])]).toEqual([true, false]);
    expect([selects(info, ['pageInfo', 'edges']), selects(info, ['pageInfo'])]).toEqual([true, false]);
  });
});

describe('sliceConnection of rows already in order', () => {
  it('pages them as it pages rows out of order, without changing the rows given', () => {
    const inOrder = [...items].sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1));
    const given = [...inOrder];
    expect(sliceConnection(inOrder, { first: 3 }, byScore).edges.map((e) => e.node.id)).toEqual(ids({ first: 3 }));
    expect(sliceConnection(inOrder, { last: 2 }, byScore).edges.map((e) => e.node.id)).toEqual(ids({ last: 2 }));
    expect(inOrder).toEqual(given);
  });
});
