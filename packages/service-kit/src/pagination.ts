import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

/**
 * Connections per the Relay cursor connections specification: `first`/`after` forward,
 * `last`/`before` backward, `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`.
 * One mechanism for every list of the graph: `paginate` pages a SQL query by keyset, `sliceConnection`
 * pages a list already read whole (a nested list loaded for N parents in one statement).
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** Count the whole list for `totalCount`: `selects(info, 'totalCount')`; counted when not said. */
  count?: boolean;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  /** NaN when not counted (`count: false`): GraphQL refuses to serve it rather than answer a wrong number. */
  totalCount: number;
}

/**
 * Whether the query selects `field` (or one of `fields`) on what the resolver returns, directly or through
 * fragments: a resolver asks it before doing work for a field nobody asked for (a list's `totalCount`).
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string | readonly string[]): boolean {
  return selectsBelow(info, ON_ITSELF, field);
}

const ON_ITSELF: readonly string[] = [];

/**
 * Answers by the field's nodes, then by the path and the fields asked (as given: constants of the resolvers' modules):
 * graphql-js gives every item of a list the same nodes, so a page of 600 deployments asks once.
 */
const selections = new WeakMap<readonly FieldNode[], Map<readonly string[], Map<string | readonly string[], boolean>>>();

/**
 * Whether the query selects `field` (or one of `fields`) below the fields of `path` on what the resolver returns
 * (`['edges', 'node', 'expert']`: on the expert of each node of a connection), directly or through fragments: a
 * resolver reads ahead what its children will need only when they are asked.
 */
export function selectsBelow(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[], field: string | readonly string[]): boolean {
  let byPath = selections.get(info.fieldNodes);
  if (!byPath) selections.set(info.fieldNodes, (byPath = new Map<readonly string[], Map<string | readonly string[], boolean>>()));
  let answers = byPath.get(path);
  if (!answers) byPath.set(path, (answers = new Map<string | readonly string[], boolean>()));
  let answer = answers.get(field);
  if (answer === undefined) {
    let sets = info.fieldNodes.map((node) => node.selectionSet);
    for (const name of path) sets = fieldsNamed(sets, name, info.fragments).map((node) => node.selectionSet);
    answer = (typeof field === 'string' ? [field] : field).some((name) => fieldsNamed(sets, name, info.fragments).length > 0);
    answers.set(field, answer);
  }
  return answer;
}

/** The fields of that name in selection sets, through inline fragments and named fragments (each named fragment read once). */
function fieldsNamed(sets: readonly (SelectionSetNode | undefined)[], name: string, fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

type CursorValue = string | number;

/** What a cursor's sort value is, so that a forged cursor is refused before it reaches SQL. */
export type CursorKind = 'date' | 'datetime' | 'number' | 'string';

/** The largest string a cursor may carry (ids are UUIDs, sort values dates or names of at most 200 characters). */
const MAX_CURSOR_STRING = 200;

/** The longest cursor read: the lists' cursors are a few dozen characters (a name and an id in base64url, under 600). */
const CURSOR_MAX = 1024;

const CURSOR_CHECKS: Record<CursorKind, (value: CursorValue) => boolean> = {
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  datetime: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  string: (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_CURSOR_STRING && !/[\u0000-\u001F]/.test(v),
};

/** The order of a list: by a sort value, then by id (unique), both in one direction. */
export interface CursorOrder<T> {
  direction: 'ASC' | 'DESC';
  sortKind: CursorKind;
  sortValue(row: T): CursorValue;
  id(row: T): string;
}

/** A CursorOrder that SQL applies: the columns of the sort value and of the id. */
export interface KeysetOrder<T> extends CursorOrder<T> {
  /** SQL expression of the sort column, e.g. `r.receivedOn` (must be non-null). */
  sortColumn: string;
  /** SQL expression of the unique tie-breaker, e.g. `r.id`. */
  idColumn: string;
}

/** What a page asks for, checked: its size, which end it reads from, and its decoded cursors. */
interface PageWindow {
  size: number;
  fromEnd: boolean;
  after: CursorValue[] | null;
  before: CursorValue[] | null;
}

function checkSize(value: number | null | undefined, field: 'first' | 'last'): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw badUserInput([{ field, message: 'must be 0 or more' }]);
  if (value > MAX_PAGE_SIZE) throw badUserInput([{ field, message: `must be at most ${MAX_PAGE_SIZE}; read the next page with its cursor` }]);
  return value;
}

/** The page size asked for (`first`), by default DEFAULT_PAGE_SIZE; more than MAX_PAGE_SIZE or less than 0 is bad input. */
export function pageSize(first: number | null | undefined): number {
  return checkSize(first, 'first') ?? DEFAULT_PAGE_SIZE;
}

/** An opaque cursor for a position in a sorted list. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Reads a cursor made by encodeCursor for a list of that order; anything else is bad input on `field`. */
export function decodeCursor(cursor: string, kinds: readonly CursorKind[], field: 'after' | 'before' = 'after'): CursorValue[] {
  try {
    const values = cursor.length <= CURSOR_MAX ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown) : null;
    if (Array.isArray(values) && values.length === kinds.length && kinds.every((kind, i) => CURSOR_CHECKS[kind](values[i] as CursorValue))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the input error
  }
  throw badUserInput([{ field, message: 'is not a cursor returned by this list' }]);
}

function pageWindow<T>(args: PageArgs, order: CursorOrder<T>): PageWindow {
  const first = checkSize(args.first, 'first');
  const last = checkSize(args.last, 'last');
  if (first !== null && last !== null) throw badUserInput([{ field: 'last', message: 'cannot be given with first; page one way at a time' }]);
  const kinds: CursorKind[] = [order.sortKind, 'string'];
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    fromEnd: last !== null,
    after: args.after ? decodeCursor(args.after, kinds, 'after') : null,
    before: args.before ? decodeCursor(args.before, kinds, 'before') : null,
  };
}

function connectionOf<T, N>(
  rows: T[],
  window: PageWindow,
  more: boolean,
  beyond: boolean,
  order: CursorOrder<T>,
  toNode: (row: T) => N,
  totalCount: number,
): Connection<N> {
  const edges = rows.map((row) => new Edge(row, toNode(row), order));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.fromEnd ? beyond : more,
      hasPreviousPage: window.fromEnd ? more : beyond,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}

/**
 * An edge of a connection. Its cursor is encoded when read: a page of nested lists (activities, their
 * deployments) seldom asks them. A class, so that its getter is one function for every edge.
 */
class Edge<T, N> {
  constructor(
    private readonly row: T,
    readonly node: N,
    private readonly order: CursorOrder<T>,
  ) {}

  get cursor(): string {
    return encodeCursor([this.order.sortValue(this.row), this.order.id(this.row)]);
  }
}

/** Orders two rows' keys as the list is ordered: -1 when `a` comes first. */
function compareKeys(a: readonly CursorValue[], b: readonly CursorValue[], direction: 'ASC' | 'DESC'): number {
  const sign = direction === 'ASC' ? 1 : -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -sign;
    if (a[i] > b[i]) return sign;
  }
  return 0;
}

/** Orders two rows as the list is ordered (its sort value, then its id), without building their keys. */
function compareRows<T>(a: T, b: T, order: CursorOrder<T>): number {
  const sign = order.direction === 'ASC' ? 1 : -1;
  const va = order.sortValue(a);
  const vb = order.sortValue(b);
  if (va !== vb) return va < vb ? -sign : sign;
  const ia = order.id(a);
  const ib = order.id(b);
  return ia === ib ? 0 : ia < ib ? -sign : sign;
}

/**
 * A connection over a list read whole (e.g. the activities of N Actions loaded in one statement):
 * sorted by the order, then cut by the cursors and the page size exactly as `paginate` cuts SQL.
 */
export function sliceConnection<T, N = T>(
  rows: readonly T[],
  args: PageArgs,
  order: CursorOrder<T>,
  toNode: (row: T) => N = (row) => row as unknown as N,
): Connection<N> {
  const window = pageWindow(args, order);
  const keyOf = (row: T) => [order.sortValue(row), order.id(row)];
  // Loaders mostly read the rows in the list's order already: then they are not copied nor sorted again.
  const before = (a: T, b: T) => compareRows(a, b, order);
  const sorted = rows.every((row, i) => i === 0 || before(rows[i - 1], row) <= 0) ? rows : [...rows].sort(before);
  const start = window.after ? sorted.findIndex((row) => compareKeys(keyOf(row), window.after!, order.direction) > 0) : 0;
  const endIndex = window.before ? sorted.findIndex((row) => compareKeys(keyOf(row), window.before!, order.direction) >= 0) : -1;
  const from = start === -1 ? sorted.length : start;
  const to = endIndex === -1 ? sorted.length : endIndex;
  // The rows between the cursors are sorted[from, end); the page is the first or last `size` of them.
  const end = Math.max(from, to);
  const page = window.fromEnd ? sorted.slice(Math.max(from, end - window.size), end) : sorted.slice(from, Math.min(end, from + window.size));
  const more = end - from > window.size;
  const beyond = window.fromEnd ? to < sorted.length : from > 0;
  return connectionOf(page, window, more, beyond, order, toNode, rows.length);
}

/** `column op cursor` over the (sort value, id) pair, as SQL. */
function keysetCondition<T>(order: KeysetOrder<T>, op: '<' | '>', name: string): string {
  return `(${order.sortColumn} ${op} :${name}Value OR (${order.sortColumn} = :${name}Value AND ${order.idColumn} ${op} :${name}Id))`;
}

/**
 * Keyset (cursor) pagination of a filtered query: a page costs one statement however deep the cursor
 * is, its total count a second one only when asked (`args.count`), and one existence check when a
 * cursor is given (whether anything lies beyond it).
 */
export async function paginate<T extends ObjectLiteral, N>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
  toNode: (row: T) => N,
): Promise<Connection<N>> {
  const window = pageWindow(args, order);
  const forward = order.direction === 'ASC' ? '>' : '<';
  const backward = order.direction === 'ASC' ? '<' : '>';
  const page = query.clone();
  if (window.after) page.andWhere(keysetCondition(order, forward, 'after'), { afterValue: window.after[0], afterId: window.after[1] });
  if (window.before) page.andWhere(keysetCondition(order, backward, 'before'), { beforeValue: window.before[0], beforeId: window.before[1] });
  // Read from the end asked for, one row more than the page to know whether more lie that way.
  const readDirection = window.fromEnd ? (order.direction === 'ASC' ? 'DESC' : 'ASC') : order.direction;
  page
    .orderBy(order.sortColumn, readDirection)
    .addOrderBy(order.idColumn, readDirection)
    .take(window.size + 1);
  // Whether rows lie beyond the cursor at the other end: at or before `after`, at or after `before`.
  const limit = window.fromEnd ? window.before : window.after;
  const beyondQuery = limit
    ? query
        .clone()
        .andWhere(`NOT ${keysetCondition(order, window.fromEnd ? backward : forward, 'limit')}`, { limitValue: limit[0], limitId: limit[1] })
        .getExists()
    : Promise.resolve(false);
  const [rows, totalCount, beyond] = await Promise.all([
    window.size === 0 ? Promise.resolve([]) : page.getMany(),
    args.count === false ? Promise.resolve(NaN) : query.clone().getCount(),
    beyondQuery,
  ]);
  const visible = rows.slice(0, window.size);
  if (window.fromEnd) visible.reverse();
  return connectionOf(visible, window, rows.length > window.size, beyond, order, toNode, totalCount);
}
