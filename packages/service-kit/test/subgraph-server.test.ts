import { randomUUID } from 'node:crypto';
import { identityOf, startTestSubgraph, countStatements, type TestSubgraph } from '../src/testing';
import { callSubgraph, DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity, type PageArgs } from '../src';
import { NoteEntity, notesService, type NotesContext } from './fixtures/notes-service';

let subgraph: TestSubgraph<NotesContext>;
let url: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(notesService);
  const port = await subgraph.server.listen(0);
  url = `http://127.0.0.1:${port}`;
  const notes = subgraph.database.dataSource.getRepository(NoteEntity);
  for (let day = 1; day <= 25; day += 1) {
    await notes.insert({ id: randomUUID(), title: `Note ${day}`, writtenOn: `2026-01-${String(day).padStart(2, '0')}` });
  }
});
afterAll(() => subgraph?.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP surface', () => {
  it('answers /health and /ready without a signature', async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'requests', pid: process.pid });
  });

  it('listens on the one interface its configuration names (HOST; loopback outside containers), not on every interface', () => {
    expect(subgraph.server.http.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('counts the SQL statements sent, at /metrics', async () => {
    const before = await (await fetch(`${url}/metrics`)).text();
    const count = (text: string) => Number(/mieux_sql_statements_total\{service="requests"\} (\d+)/.exec(text)![1]);
    await subgraph.execute('{ notes(first: 1) { totalCount } }');
    expect(count(await (await fetch(`${url}/metrics`)).text())).toBe(count(before) + 2);
  });

  it('refuses a GraphQL call that does not carry the gateway signature', async () => {
    const response = await post({ query: '{ whoAmI }' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged identity signed with another key', async () => {
    const forged = signIdentity(identityOf('ADMIN'), 'not-the-subgraph-secret-at-all', JSON.stringify({ query: '{ whoAmI }' }));
    expect((await post({ query: '{ whoAmI }' }, { [IDENTITY_HEADER]: forged })).status).toBe(401);
  });

  it('refuses a signed identity replayed on another call', async () => {
    const captured = signIdentity(
      identityOf('ANALYST', { sub: 'ana@example.org' }),
      DEVELOPMENT_SECRETS.subgraphSecret,
      JSON.stringify({ query: '{ whoAmI }' }),
    );
    const replayed = await post({ query: '{ broken }' }, { [IDENTITY_HEADER]: captured });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/signed for another request/);
  });

  it('serves a signed call as the signed identity and echoes the request id', async () => {
    const signed = signIdentity(identityOf('ANALYST', { sub: 'ana@example.org' }), DEVELOPMENT_SECRETS.subgraphSecret, JSON.stringify({ query: '{ whoAmI }' }));
    const response = await post({ query: '{ whoAmI }' }, { [IDENTITY_HEADER]: signed, 'x-request-id': 'req-42' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(await response.json()).toEqual({ data: { whoAmI: 'ana@example.org' } });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const signed = signIdentity(identityOf(null), DEVELOPMENT_SECRETS.subgraphSecret, '{not json');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signed },
      body: '{not json',
    });
    expect(response.status).toBe(400);
  });
});

describe('errors', () => {
  it('masks unexpected errors: no SQL, no stack, only INTERNAL_SERVER_ERROR', async () => {
    const result = await subgraph.execute('{ broken }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].message).toBe('Internal server error');
    expect(result.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(result)).not.toMatch(/no_such_table|SELECT/);
  });

  it('passes authorization errors through with their code', async () => {
    expect((await subgraph.execute('{ secret }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute('{ secret }', {}, identityOf('ANALYST'))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await subgraph.execute('{ secret }', {}, identityOf('PROJECT_OFFICER'))).data).toEqual({ secret: 'the secret' });
    expect((await subgraph.execute('{ secret }', {}, identityOf('ADMIN'))).data).toEqual({ secret: 'the secret' });
  });
});

describe('pagination (Relay cursor connections)', () => {
  const page = `query($first: Int, $after: String, $last: Int, $before: String) {
    notes(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { writtenOn } }
    }
  }`;
  type Notes = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { writtenOn: string } }[];
  };
  const notes = async (args: PageArgs) => {
    const result = await subgraph.execute<{ notes: Notes }>(page, { ...args });
    expect(result.errors).toBeUndefined();
    return result.data!.notes;
  };
  const days = (n: Notes) => n.edges.map((e) => Number(e.node.writtenOn.slice(8)));

  it('walks the whole list forward with first/after and back with last/before, without gaps or repeats', async () => {
    const forward: number[] = [];
    let after: string | null = null;
    for (let more = true; more;) {
      const n: Notes = await notes({ first: 10, after });
      expect(n.totalCount).toBe(25);
      expect(n.pageInfo.hasPreviousPage).toBe(after !== null);
      forward.push(...days(n));
      ({ hasNextPage: more, endCursor: after } = n.pageInfo);
    }
    expect(forward).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));

    const backward: number[] = [];
    let before: string | null = null;
    for (let more = true; more;) {
      const n: Notes = await notes({ last: 10, before });
      expect(n.pageInfo.hasNextPage).toBe(before !== null);
      backward.unshift(...days(n));
      ({ hasPreviousPage: more, startCursor: before } = n.pageInfo);
    }
    expect(backward).toEqual(forward);
  });

  it('counts the list only when totalCount is asked, directly or through a fragment', async () => {
    const statements = async (query: string) => {
      const before = await subgraph.database.queries.statements();
      const result = await subgraph.execute<{ notes: { totalCount?: number } }>(query);
      expect(result.errors).toBeUndefined();
      return { sent: (await subgraph.database.queries.statements()) - before, totalCount: result.data!.notes.totalCount };
    };
    expect(await statements('{ notes(first: 2) { edges { node { title } } } }')).toEqual({ sent: 1, totalCount: undefined });
    expect(await statements('{ notes(first: 2) { edges { node { title } } totalCount } }')).toEqual({ sent: 2, totalCount: 25 });
    expect(await statements('{ notes(first: 2) { ...counted } } fragment counted on NoteConnection { ... on NoteConnection { totalCount } }')).toEqual({
      sent: 2,
      totalCount: 25,
    });
  });

  it('answers pageInfo exactly around a page in the middle, and between two cursors', async () => {
    const all = await notes({ first: 25 });
    const cursor = (day: number) => all.edges.find((e) => e.node.writtenOn.endsWith(String(day).padStart(2, '0')))!.cursor;
    const middle = await notes({ first: 3, after: cursor(20) });
    expect(days(middle)).toEqual([19, 18, 17]);
    expect(middle.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: cursor(19), endCursor: cursor(17) });
    const between = await notes({ last: 2, after: cursor(20), before: cursor(15) });
    expect(days(between)).toEqual([17, 16]);
    expect(between.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const end = await notes({ last: 2 });
    expect(days(end)).toEqual([2, 1]);
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await notes({ first: 0 })).edges).toEqual([]);
  });

  it('refuses a page over 100, a negative one, first with last, and forged cursors as BAD_USER_INPUT, never reaching SQL', async () => {
    const refusal = async (variables: Record<string, unknown>) => (await subgraph.execute(page, variables)).errors![0].extensions;
    expect(await refusal({ first: 1000 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refusal({ last: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    expect(await refusal({ first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refusal({ first: 2, last: 2 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const cursor of [
      'bm90IGEgY3Vyc29y',
      forged(['2026-02-30', 'x']),
      forged(["2026-01-01' OR 1=1 --", 'x']),
      forged([{ $gt: 1 }, 'x']),
      forged(['2026-01-01', 'x'.repeat(500)]),
    ]) {
      const statements = await countStatements(subgraph.database, async () => {
        expect(await refusal({ after: cursor })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(await refusal({ last: 1, before: cursor })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
      });
      expect(statements).toBe(0);
    }
  });
});

describe('entity batching', () => {
  it('resolves N references with one statement', async () => {
    const ids = (await subgraph.database.dataSource.getRepository(NoteEntity).find()).map((n) => n.id);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Note { id title } } }`;
    for (const n of [1, 5, 25]) {
      const representations = ids.slice(0, n).map((id) => ({ __typename: 'Note', id }));
      let result: Awaited<ReturnType<typeof subgraph.execute>> | undefined;
      const statements = await countStatements(subgraph.database, async () => {
        result = await subgraph.execute(query, { r: representations });
      });
      expect(result!.errors).toBeUndefined();
      expect((result!.data as { _entities: unknown[] })._entities).toHaveLength(n);
      expect(statements).toBe(1);
    }
  });
});

describe('asking another subgraph', () => {
  it('passes the caller identity, signed, and reads the answer', async () => {
    const result = await callSubgraph<{ whoAmI: string }>({
      service: 'notes',
      url: `${url}/graphql`,
      query: '{ whoAmI }',
      identity: identityOf('PARTNER', { sub: 'p@gov.sn' }),
      secret: DEVELOPMENT_SECRETS.subgraphSecret,
      requestId: 'r1',
      timeoutMs: 2000,
    });
    expect(result).toEqual({ data: { whoAmI: 'p@gov.sn' }, errors: [] });
  });

  it('turns an unreachable owner into SERVICE_UNAVAILABLE naming it', async () => {
    await expect(
      callSubgraph({
        service: 'requests',
        url: 'http://127.0.0.1:1/graphql',
        query: '{ x }',
        identity: identityOf(null),
        secret: 's',
        requestId: 'r',
        timeoutMs: 500,
      }),
    ).rejects.toMatchObject({
      message: 'The requests service could not answer: unreachable',
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'requests' },
    });
  });
});
