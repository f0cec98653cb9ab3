import { createServer, type Server } from 'node:http';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Registry } from 'prom-client';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  createLogger,
  EVENT_ENTITIES,
  EventConsumer,
  EventMetrics,
  EventTablesMigration,
  type HttpRejection,
  inTransaction,
  loadConfig,
  openDatabase,
  openTransport,
  Outbox,
  OutboxEntity,
  outboxEndpoint,
  ParkedEventEntity,
  publish,
  specOf,
  streamName,
  type Delivery,
  type EventConsumerDefinition,
  type EventSource,
  type EventTransport,
  type ServiceDataSource,
} from '../src';
import { listenOn } from '../src';
import { createTestDatabase, startOwnNatsServer, testNatsUrl, uniqueStreamPrefix, type TestDatabase } from '../src/testing';

class CreateEventTables1700000000000 extends EventTablesMigration {
  name = 'CreateEventTables1700000000000';
}
class CreateCopy1700000000001 implements MigrationInterface {
  name = 'CreateCopy1700000000001';
  async up(runner: QueryRunner) {
    await runner.createTable(
      new Table({
        name: 'copy_applied',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'event_id', type: 'varchar', length: '64' },
          { name: 'aggregate_id', type: 'varchar', length: '64' },
          { name: 'n', type: 'integer' },
        ],
      }),
    );
  }
  async down(runner: QueryRunner) {
    await runner.dropTable('copy_applied');
  }
}

const logger = createLogger('experts', process.env.TEST_LOG_LEVEL ?? 'silent');
const card = (n: number) => ({
  displayName: `n-${n}`,
  status: 'ACTIVE',
  employerType: 'NATIONAL_ADMINISTRATION',
  publicOfficial: true,
  nationality: 'FR',
  memberState: 'FR',
});

/** What the test consumer keeps: every applied event, in the order applied. */
const copies: EventConsumerDefinition = {
  name: 'test-copies',
  producer: 'experts',
  handlers: {
    ExpertCardChanged: async (event, manager) => {
      await manager.query('INSERT INTO copy_applied (event_id, aggregate_id, n) VALUES (?, ?, ?)', [
        event.id,
        event.aggregateId,
        Number(event.payload.card.displayName.slice(2)),
      ]);
    },
    ExpertErased: async (event) => {
      if (event.payload.expertId === 'poison') throw new Error('this one never applies');
    },
  },
  reset: async (manager) => void (await manager.query('DELETE FROM copy_applied')),
};

/** The same copy kept a pull at a time (a read model catching up): one transaction per batch. */
const batchCopies: EventConsumerDefinition = {
  ...copies,
  name: 'test-batch-copies',
  applyBatch: async (events, manager) => {
    for (const event of events) await copies.handlers[event.type as 'ExpertCardChanged' | 'ExpertErased']!(event as never, manager);
  },
};

interface World {
  producer: ServiceDataSource;
  consumer: ServiceDataSource;
  producerTransport: EventTransport;
  consumerTransport: EventTransport;
  outbox: Outbox;
  /** The stream of the producer's events (NATS). */
  stream: string;
  /** Writes `count` card changes of each aggregate, interleaved, each in its own transaction. */
  produce(aggregates: string[], from: number, count: number): Promise<void>;
  newConsumer(source?: EventSource, definition?: EventConsumerDefinition): Promise<EventConsumer>;
  applied(): Promise<{ event_id: string; aggregate_id: string; n: number }[]>;
  /** How many reads of its outbox the producer has answered (the outbox transport). */
  reads(): number;
  close(): Promise<void>;
}

async function openWorld(kind: 'nats' | 'outbox', natsUrl = testNatsUrl()): Promise<World> {
  const databases: TestDatabase[] = [await createTestDatabase('events_producer'), await createTestDatabase('events_consumer')];
  const open = (database: TestDatabase, migrations: (new () => MigrationInterface)[]) =>
    openDatabase({ databaseUrl: database.databaseUrl, databaseName: database.databaseName, dataDir: '', entities: EVENT_ENTITIES, migrations, logger });
  const producer = await open(databases[0], [CreateEventTables1700000000000]);
  const consumer = await open(databases[1], [CreateEventTables1700000000000, CreateCopy1700000000001]);
  const outbox = new Outbox('experts', producer.dataSource);
  const env = { NODE_ENV: 'test', NATS_STREAM_PREFIX: uniqueStreamPrefix(), ...(kind === 'nats' ? { NATS_URL: natsUrl } : {}) };
  const endpoint = outboxEndpoint(outbox, loadConfig('experts', env).subgraphSecret);
  let reads = 0;
  const http: Server = createServer((req, res) => {
    reads += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    endpoint(req, url).then(
      (body) => res.end(JSON.stringify(body)),
      (error: HttpRejection) => {
        res.statusCode = error.status ?? 500;
        res.end(JSON.stringify({ message: error.message }));
      },
    );
  });
  const port = await listenOn(http, 0);
  const withUrl = { ...env, EXPERTS_URL: `http://127.0.0.1:${port}/graphql` };
  const producerTransport = await openTransport(loadConfig('experts', withUrl), producer.dataSource, new EventMetrics(new Registry()));
  const consumerTransport = await openTransport(loadConfig('actions', withUrl), consumer.dataSource, new EventMetrics(new Registry()), 1000);
  const metrics = new EventMetrics(new Registry());
  return {
    producer,
    consumer,
    producerTransport,
    consumerTransport,
    outbox,
    stream: streamName(env.NATS_STREAM_PREFIX, 'experts'),
    async produce(aggregates, from, count) {
      for (let n = from; n < from + count; n += 1)
        for (const id of aggregates)
          await inTransaction(producer.dataSource, (manager) => publish(manager, 'ExpertCardChanged', id, { expertId: id, card: card(n) }));
    },
    async newConsumer(source, definition = copies) {
      return new EventConsumer(definition, source ?? (await consumerTransport.source(specOf(definition))), consumer.dataSource, logger, metrics, {
        batch: 7,
        waitMs: 1000,
        maxAttempts: 2,
      });
    },
    applied: () => consumer.dataSource.query('SELECT event_id, aggregate_id, n FROM copy_applied ORDER BY seq'),
    reads: () => reads,
    async close() {
      if (kind === 'nats') {
        const connection = await connect({ servers: natsUrl });
        await (await jetstreamManager(connection)).streams.delete(streamName(env.NATS_STREAM_PREFIX, 'experts')).catch(() => false);
        await connection.close();
      }
      await producerTransport.close();
      await consumerTransport.close();
      await new Promise((resolve) => http.close(resolve));
      await producer.dataSource.destroy();
      await consumer.dataSource.destroy();
      for (const database of databases) await database.drop();
    },
  };
}

/** Every event once, and per aggregate in the order written. */
function expectExactlyOnceInOrder(applied: { event_id: string; aggregate_id: string; n: number }[], aggregates: string[], count: number) {
  expect(new Set(applied.map((row) => row.event_id)).size).toBe(applied.length);
  for (const id of aggregates) {
    expect(applied.filter((row) => row.aggregate_id === id).map((row) => row.n)).toEqual(Array.from({ length: count }, (_, n) => n));
  }
}

/** Runs the relay (NATS) until the outbox is all acknowledged. */
async function relayAll(world: World): Promise<void> {
  const relay = world.producerTransport.relay(world.outbox, logger);
  if (!relay) return;
  while ((await world.outbox.unsentCount()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  await relay.stop();
}

/** A source whose consumer dies once it has applied `survive` events: the acknowledgement of the next never leaves. */
function dyingAfter(source: EventSource, survive: number): EventSource {
  let acks = 0;
  return {
    ...source,
    async *next(max, waitMs) {
      for await (const delivery of source.next(max, waitMs)) {
        const dying: Delivery = {
          ...delivery,
          ack: async () => {
            if (acks === survive) throw new Error('killed');
            acks += 1;
            await delivery.ack();
          },
        };
        yield dying;
      }
    },
  };
}

describe.each(['nats', 'outbox'] as const)('domain events through the %s transport', (kind) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(kind);
  });
  afterAll(() => world.close());

  it('deliver every event once in effect, in order per aggregate, through a consumer killed mid-batch', async () => {
    const aggregates = ['e-1', 'e-2', 'e-3'];
    await world.produce(aggregates, 0, 6);
    await relayAll(world);
    const first = await world.newConsumer(dyingAfter(await world.consumerTransport.source(specOf(copies)), 4));
    expect(await first.lag()).toBe(18);
    await expect(first.poll()).rejects.toThrow('killed');
    await first.stop();
    // The fifth event was applied but not acknowledged: it comes again, and changes nothing the second time.
    expect(await world.applied()).toHaveLength(5);
    const second = await world.newConsumer();
    await second.drain();
    expectExactlyOnceInOrder(await world.applied(), aggregates, 6);
    expect(await second.lag()).toBe(0);
    await second.stop();
  });

  it('park what cannot be applied, with the reason, and go on with the events after it', async () => {
    await inTransaction(world.producer.dataSource, async (manager) => {
      await publish(manager, 'ExpertErased', 'poison', { expertId: 'poison', status: 'INACTIVE' });
      const foreign = {
        id: 'v9-event',
        type: 'ExpertCardChanged',
        version: 9,
        producer: 'experts',
        aggregate: 'Expert',
        aggregateId: 'e-1',
        occurredAt: new Date().toISOString(),
        payload: {},
      };
      await manager.insert(OutboxEntity, { id: foreign.id, type: foreign.type, aggregateId: 'e-1', body: JSON.stringify(foreign), sentAt: null });
    });
    await world.produce(['e-1'], 6, 1);
    await relayAll(world);
    const consumer = await world.newConsumer();
    await consumer.drain();
    await consumer.stop();
    const parked = await world.consumer.dataSource.getRepository(ParkedEventEntity).find({ order: { id: 'ASC' } });
    expect(parked.map((row) => [row.type, row.reason])).toEqual([
      ['ExpertErased', expect.stringMatching(/^failed \d+ times: this one never applies$/)],
      [null, 'ExpertCardChanged version 9 is not known (this code reads 1)'],
    ]);
    expect((await world.applied()).filter((row) => row.aggregate_id === 'e-1').map((row) => row.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('park an event once when the broker delivers it again before it heard of the parking', async () => {
    const body = JSON.stringify({ id: 'unreadable-twice', type: 'ExpertCardChanged', version: 9 });
    const delivery = (): Delivery => ({ body, attempt: 1, ack: async () => {}, retry: async () => {}, drop: async () => {} });
    const twice: EventSource = {
      async *next() {
        yield delivery();
        yield delivery();
      },
      lag: async () => 0,
      close: async () => {},
    };
    const consumer = await world.newConsumer(twice);
    await consumer.poll();
    await consumer.stop();
    expect(await world.consumer.dataSource.getRepository(ParkedEventEntity).countBy({ body })).toBe(1);
  });

  it('rebuild a copy from scratch by replaying every event', async () => {
    const before = await world.applied();
    await inTransaction(world.consumer.dataSource, (manager) => copies.reset(manager));
    await world.consumer.dataSource.query('DELETE FROM event_processed');
    await world.consumerTransport.rewind(specOf(copies));
    const consumer = await world.newConsumer();
    await consumer.drain();
    await consumer.stop();
    expect((await world.applied()).map((row) => row.event_id)).toEqual(before.map((row) => row.event_id));
  });
});

describe.each(['nats', 'outbox'] as const)('domain events in batch mode through the %s transport', (kind) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(kind);
  });
  afterAll(() => world.close());

  it('apply a pull in one transaction in batch mode, every event once and in order, and park the one at fault alone', async () => {
    await world.produce(['b-1', 'b-2'], 0, 4);
    await inTransaction(world.producer.dataSource, (manager) => publish(manager, 'ExpertErased', 'poison', { expertId: 'poison', status: 'INACTIVE' }));
    await world.produce(['b-1', 'b-2'], 4, 4);
    await relayAll(world);
    const consumer = await world.newConsumer(undefined, batchCopies);
    await consumer.drain();
    await consumer.stop();
    const applied = (await world.applied()).filter((row) => row.aggregate_id.startsWith('b-'));
    expectExactlyOnceInOrder(applied, ['b-1', 'b-2'], 8);
    const parked = await world.consumer.dataSource.getRepository(ParkedEventEntity).findBy({ consumer: batchCopies.name });
    expect(parked.map((row) => [row.type, row.reason])).toEqual([['ExpertErased', expect.stringMatching(/^failed \d+ times: this one never applies$/)]]);
    // Taken again from the first event (its processed ids kept): nothing is applied twice.
    await world.consumerTransport.rewind(specOf(batchCopies));
    const again = await world.newConsumer(undefined, batchCopies);
    await again.drain();
    await again.stop();
    expect((await world.applied()).filter((row) => row.aggregate_id.startsWith('b-'))).toHaveLength(16);
  }, 120_000);
});

describe('the outbox transport', () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld('outbox');
  });
  afterAll(() => world.close());

  it('reads the producer once per pull that finds nothing, and waits before that pull ends', async () => {
    const source = await world.consumerTransport.source(specOf(copies));
    const before = world.reads();
    const started = Date.now();
    let taken = 0;
    for await (const delivery of source.next(10, 1000)) taken += delivery ? 1 : 0;
    expect({ taken, reads: world.reads() - before }).toEqual({ taken: 0, reads: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
  });
});

describe('the NATS relay', () => {
  it('killed between the broker acknowledgement and marking the row sent, publishes it again and JetStream keeps one', async () => {
    const world = await openWorld('nats');
    try {
      await world.produce(['e-1', 'e-2'], 0, 3);
      class DyingOutbox extends Outbox {
        override async markSent(): Promise<void> {
          throw new Error('killed');
        }
      }
      const dying = world.producerTransport.relay(new DyingOutbox('experts', world.producer.dataSource), logger)!;
      // The relay published the first event and died before marking it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await dying.stop();
      expect(await world.outbox.unsentCount()).toBe(6);
      await relayAll(world);
      const consumer = await world.newConsumer();
      await consumer.drain();
      await consumer.stop();
      expectExactlyOnceInOrder(await world.applied(), ['e-1', 'e-2'], 3);
      // The stream holds each event once: the second publication was dropped as a duplicate.
      const connection = await connect({ servers: testNatsUrl() });
      const manager = await jetstreamManager(connection);
      expect((await manager.streams.info(world.stream)).state.messages).toBe(6);
      await connection.close();
    } finally {
      await world.close();
    }
  });

  it('and the consumers ride out a NATS restart: nothing lost, nothing twice', async () => {
    const nats = await startOwnNatsServer();
    const world = await openWorld('nats', nats.url);
    try {
      await world.produce(['e-1'], 0, 3);
      const relay = world.producerTransport.relay(world.outbox, logger)!;
      const consumer = await world.newConsumer();
      consumer.start();
      while ((await world.applied()).length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      await nats.stop();
      await world.produce(['e-1'], 3, 3);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await nats.start();
      while ((await world.applied()).length < 6) await new Promise((resolve) => setTimeout(resolve, 100));
      await relay.stop();
      await consumer.stop();
      expectExactlyOnceInOrder(await world.applied(), ['e-1'], 6);
      expect(await world.outbox.unsentCount()).toBe(0);
    } finally {
      await world.close();
      await nats.close();
    }
  });
});
