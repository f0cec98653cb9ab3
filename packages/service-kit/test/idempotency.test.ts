import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createIdempotently, createLogger, openDatabase, type ServiceDataSource } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { CreateTickets1700000000001, TicketEntity, type TicketRow } from './fixtures/tickets';

let test: TestDatabase;
let db: ServiceDataSource;

beforeAll(async () => {
  test = await createTestDatabase('kit');
  db = await openDatabase({
    entities: [TicketEntity],
    migrations: [CreateTickets1700000000001],
    logger: createLogger('test', 'silent'),
    databaseUrl: test.databaseUrl,
    databaseName: test.databaseName,
    dataDir: '.unused',
  });
});

afterAll(async () => {
  await db?.dataSource.destroy();
  await test?.drop();
});

const tickets = () => db.dataSource.getRepository(TicketEntity);

/**
 * Opens a ticket the way a service's creating mutation does. `beforeInsert` runs between the
 * lookup of the key and the insert: a test holds callers there to force their race.
 */
function open(key: string | null, title: string, beforeInsert: () => Promise<void> = async () => undefined, id = randomUUID()) {
  return createIdempotently<TicketRow>({
    key,
    payload: { title },
    find: (k) => tickets().findOneBy({ idempotencyKey: k }),
    create: async (payloadHash) => {
      await beforeInsert();
      const row = { id, status: 'OPEN', title, idempotencyKey: key, payloadHash };
      await tickets().insert(row);
      return row;
    },
  });
}

/** A gate that opens once `count` callers wait at it. */
function gate(count: number) {
  let arrived = 0;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) release();
    return opened;
  };
}

describe('idempotent creation', () => {
  it('creates every time without a key', async () => {
    const first = await open(null, 'no key');
    const second = await open(null, 'no key');
    expect(first.id).not.toBe(second.id);
    expect(await tickets().countBy({ title: 'no key' })).toBe(2);
  });

  it('replays a key with the same payload to the first record', async () => {
    const key = randomUUID();
    const first = await open(key, 'replayed');
    const replay = await open(key, 'replayed');
    expect(replay).toMatchObject({ id: first.id, title: 'replayed', idempotencyKey: key });
    expect(await tickets().countBy({ idempotencyKey: key })).toBe(1);
  });

  it('replays without creating again, even when creating would now be refused', async () => {
    const key = randomUUID();
    const first = await open(key, 'before the refusal');
    const refusing = () => Promise.reject(new Error('no longer open for creation'));
    await expect(open(key, 'before the refusal', refusing)).resolves.toMatchObject({ id: first.id });
  });

  it('refuses a key reused for another payload, on the idempotencyKey field', async () => {
    const key = randomUUID();
    await open(key, 'first use');
    const error = await open(key, 'second use').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      problems: [{ field: 'idempotencyKey', message: 'was already used for a different request' }],
    });
  });

  it('gives 20 replays racing past the lookup the one record that won the insert', async () => {
    const key = randomUUID();
    const allLookedUp = gate(20);
    const results = await Promise.all(Array.from({ length: 20 }, () => open(key, 'racing', allLookedUp)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await tickets().countBy({ idempotencyKey: key })).toBe(1);
  });

  it('refuses a racing replay of the key with another payload', async () => {
    const key = randomUUID();
    const bothLookedUp = gate(2);
    const [winner, loser] = await Promise.allSettled([open(key, 'one payload', bothLookedUp), open(key, 'another payload', bothLookedUp)]);
    const outcomes = [winner, loser].map((o) => (o.status === 'fulfilled' ? 'created' : (o.reason as GraphQLError).extensions?.code));
    expect(outcomes.sort()).toEqual(['BAD_USER_INPUT', 'created']);
  });

  it('passes on the failures that are not a replay', async () => {
    const taken = randomUUID();
    await open(null, 'holds an id', undefined, taken);
    const duplicateId = await open(null, 'same id', undefined, taken).catch((e: unknown) => e);
    expect(duplicateId).toMatchObject({ driverError: { code: 'ER_DUP_ENTRY' } });
    const keyed = await open(randomUUID(), 'same id, with a key', undefined, taken).catch((e: unknown) => e);
    expect(keyed).toMatchObject({ driverError: { code: 'ER_DUP_ENTRY' } });
    const failing = () => Promise.reject(new Error('the database is away'));
    await expect(open(randomUUID(), 'fails', failing)).rejects.toThrow('the database is away');
  });
});
