import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { parseEvent, typesOf, type EventEnvelope, type EventType, type Producer } from '@mieux/events';
import { Registry } from 'prom-client';
import type { ServiceConfig } from '../config';
import type { ServiceDataSource } from '../database/data-source';
import { openEventBus, openTransport, type EventBus } from '../events/bus';
import type { EventConsumerDefinition } from '../events/consumer';
import { EventMetrics } from '../events/metrics';
import { streamName } from '../events/nats';
import { Outbox } from '../events/outbox';
import { OutboxEntity } from '../events/tables';
import { createLogger } from '../logger';
import { testNatsUrl, uniqueStreamPrefix } from './nats';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The events a service's outbox holds, in the order written; of one aggregate when it is named. */
export async function outboxEvents(database: ServiceDataSource, aggregateId?: string): Promise<EventEnvelope[]> {
  const rows = await database.dataSource.getRepository(OutboxEntity).find({ where: aggregateId ? { aggregateId } : {}, order: { position: 'ASC' } });
  return rows.map((row) => parseEvent(row.body));
}

/** A service's outbox relayed to the real NATS server, and what a durable consumer reads back from there. */
export interface NatsReader {
  /** Reads until `count` events have arrived in all (or `timeoutMs` passed), and returns every event read so far, in order. */
  read(count: number, timeoutMs?: number): Promise<EventEnvelope[]>;
  /** Stops the relay, and removes the stream from the server. */
  close(): Promise<void>;
}

/**
 * Relays a test subgraph's outbox to the test NATS server (`TEST_NATS_URL`) as the running service does,
 * on streams of a prefix of its own, and reads them back through the transport's durable consumer.
 */
export async function relayToNats(subgraph: { config: ServiceConfig; database: ServiceDataSource }): Promise<NatsReader> {
  const producer = subgraph.config.service as Producer;
  const events = { natsUrl: testNatsUrl(), streamPrefix: uniqueStreamPrefix(), streamReplicas: 1 };
  const config: ServiceConfig = { ...subgraph.config, events };
  const { dataSource } = subgraph.database;
  const transport = await openTransport(config, dataSource, new EventMetrics(new Registry()));
  const relay = transport.relay(new Outbox(producer, dataSource), createLogger(config.service, process.env.LOG_LEVEL ?? 'silent'));
  const source = await transport.source({ consumer: 'test-reader', producer, types: typesOf(producer) });
  const received: EventEnvelope[] = [];
  return {
    async read(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) {
        for await (const delivery of source.next(count - received.length, 500)) {
          received.push(parseEvent(delivery.body));
          await delivery.ack();
        }
      }
      return [...received];
    },
    async close() {
      await relay?.stop();
      await source.close();
      await transport.close();
      const connection = await connect({ servers: events.natsUrl });
      await (await jetstreamManager(connection)).streams.delete(streamName(events.streamPrefix, producer)).catch(() => false);
      await connection.close();
    },
  };
}

/**
 * Runs `work` while MySQL refuses every outbox row of one event type (a trigger on the outbox): the
 * change is written, then its event fails, as a crash between the two would leave it.
 */
export async function whileOutboxRefuses<T>(database: ServiceDataSource, type: EventType, work: () => Promise<T>): Promise<T> {
  const { dataSource } = database;
  await dataSource.query(
    `CREATE TRIGGER refuse_events BEFORE INSERT ON event_outbox FOR EACH ROW
       BEGIN IF NEW.type = ? THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the outbox refuses this event'; END IF; END`,
    [type],
  );
  try {
    return await work();
  } finally {
    await dataSource.query('DROP TRIGGER refuse_events');
  }
}

/** The configuration that puts a test's services on NATS (streams of a prefix of their own), or none for the outbox transport. */
export function eventsEnv(transport: 'nats' | 'outbox'): Record<string, string> {
  return transport === 'nats' ? { NATS_URL: testNatsUrl(), NATS_STREAM_PREFIX: uniqueStreamPrefix() } : {};
}

/** A test subgraph's consumers, on the transport its configuration names, not started: a test drains them when it wants the copies caught up. */
export function openTestEventBus(subgraph: { config: ServiceConfig; database: ServiceDataSource }, consumers: EventConsumerDefinition[]): Promise<EventBus> {
  return openEventBus({
    config: subgraph.config,
    logger: createLogger(subgraph.config.service, process.env.LOG_LEVEL ?? 'silent'),
    dataSource: subgraph.database.dataSource,
    registry: new Registry(),
    consumers,
  });
}

/** Runs `npm run events -w apps/<service> -- replay <consumer>` as the operator would (the built service), on the test's database and transport. */
export async function replayConsumer(config: ServiceConfig, consumer: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'apps', config.service, 'dist', 'events.js'), 'replay', consumer], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: config.databaseUrl ?? '',
      DATABASE_NAME: config.databaseName,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}
