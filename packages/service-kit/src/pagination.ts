import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** Count the whole list for `totalCount`: `selects(info, 'totalCount')`; counted when not said. */
  count?: boolean;
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** NaN when not counted (`count: false`): GraphQL refuses to serve it rather than answer a wrong number. */
  totalCount: number;
}

/**
 * Whether the query selects `field` on what the resolver returns, directly or through fragments: a
 * resolver asks it before doing work for a field nobody asked for (a list's `totalCount`).
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

type CursorValue = string | number;

/** The page size asked for, capped at MAX_PAGE_SIZE; a negative size is bad input. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badUserInput([{ field: 'first', message: 'must be 0 or more' }]);
  return Math.min(first, MAX_PAGE_SIZE);
}

/** The longest cursor read: the lists' cursors are a few dozen characters. */
const CURSOR_MAX = 512;

/**
 * A value a cursor may hold: a finite number (JSON's 1e400 is Infinity, which SQL does not know) or
 * a short printable string.
 */
function isCursorValue(value: unknown): value is CursorValue {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 100 && !/[\u0000-\u001F]/.test(value));
}

/** An opaque cursor for a position in a sorted list. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Reads a cursor made by encodeCursor; anything else is bad input on `after`. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values = cursor.length <= CURSOR_MAX ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown) : null;
    if (Array.isArray(values) && values.length === arity && values.every(isCursorValue)) {
      return values;
    }
  } catch {
    // fall through to the input error
  }
  throw badUserInput([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

export interface KeysetOrder<T> {
  /** SQL expression of the sort column, e.g. `r.receivedOn` (must be non-null). */
  sortColumn: string;
  /** SQL expression of the unique tie-breaker, e.g. `r.id`. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
  sortValue(row: T): CursorValue;
  id(row: T): string;
}

/**
 * Keyset (cursor) pagination of a filtered query: a page costs one statement however deep the cursor is,
 * and its total count a second one, only when asked (`args.count`).
 */
export async function paginate<T extends ObjectLiteral, N>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
  toNode: (row: T) => N,
): Promise<Connection<N>> {
  const size = pageSize(args.first);
  // The cursor is read before any statement starts: a forged one is refused with nothing left running.
  const after = args.after ? decodeCursor(args.after, 2) : null;
  const counting = args.count === false ? Promise.resolve(NaN) : query.clone().getCount();
  const page = query.clone();
  if (after) {
    const [value, id] = after;
    const op = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.sortColumn} ${op} :cursorValue OR (${order.sortColumn} = :cursorValue AND ${order.idColumn} ${op} :cursorId))`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page
    .orderBy(order.sortColumn, order.direction)
    .addOrderBy(order.idColumn, order.direction)
    .take(size + 1);
  const [rows, totalCount] = await Promise.all([size === 0 ? Promise.resolve([]) : page.getMany(), counting]);
  const visible = rows.slice(0, size);
  const edges = visible.map((row) => ({
    cursor: encodeCursor([order.sortValue(row), order.id(row)]),
    node: toNode(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
