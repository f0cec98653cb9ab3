import type { SubgraphName, WorkerName } from '../config';
import { connectDatabase } from '../database/data-source';
import { inTransaction } from '../database/transaction';
import { Registry } from 'prom-client';
import { commandSetup } from '../server/migrate-command';
import { fail } from '../server/process';
import type { ServiceDefinition } from '../server/run-service';
import { openEventBus, specOf } from './bus';
import { ProcessedEventEntity } from './tables';

/**
 * `npm run events -w apps/<service> -- status|replay <consumer>`: lists the service's consumers with
 * their lag and parked events, or rebuilds what one consumer keeps from scratch: its copy emptied, its
 * processed ids and position forgotten, then every event of its producer applied again, in order, until
 * it has caught up. A running service may keep consuming meanwhile: applying an event twice changes nothing.
 */
export async function runEventsCommand(
  definition: Pick<ServiceDefinition<never>, 'entities' | 'migrations' | 'consumers'> & { service: SubgraphName | WorkerName },
  args: string[],
): Promise<void> {
  const [command, name] = args;
  if (!((command === 'replay' && name) || command === 'status')) {
    process.stderr.write(`usage: npm run events -w apps/${definition.service} -- status | replay <consumer>\n`);
    process.exit(2);
  }
  const { config, logger } = commandSetup(definition.service);
  const database = await connectDatabase({ ...config, entities: definition.entities, migrations: definition.migrations, logger });
  const consumers = definition.consumers?.({ config, logger, database }) ?? [];
  const chosen = command === 'replay' ? consumers.filter((consumer) => consumer.name === name) : consumers;
  if (command === 'replay' && chosen.length === 0) {
    await database.dataSource.destroy();
    fail(`${definition.service} has no consumer ${name}; it has ${consumers.map((c) => c.name).join(', ') || 'none'}`);
  }
  const bus = await openEventBus({ config, logger, dataSource: database.dataSource, registry: new Registry(), consumers: chosen });
  try {
    if (command === 'replay') {
      const [consumer] = bus.consumers;
      await inTransaction(database.dataSource, async (manager) => {
        await consumer.definition.reset(manager);
        await manager.delete(ProcessedEventEntity, { consumer: consumer.definition.name });
      });
      await bus.transport.rewind(specOf(consumer.definition));
      // The source read its position before the rewind: a fresh bus reads from the first event.
      await bus.stop();
      const fresh = await openEventBus({ config, logger, dataSource: database.dataSource, registry: new Registry(), consumers: chosen });
      await fresh.consumers[0].drain();
      await fresh.stop();
      process.stdout.write(`${definition.service}: ${name} rebuilt from every event of ${consumer.definition.producer} (${fresh.transport.kind})\n`);
      return;
    }
    const { events } = await bus.details();
    process.stdout.write(
      `${definition.service} (${events.transport}):\n${events.consumers.map((c) => `  ${c.name} ← ${c.producer}: lag ${c.lag ?? '?'}, parked ${c.parked}\n`).join('')}`,
    );
    await bus.stop();
  } catch (error) {
    fail(`${definition.service}: events ${command} failed: ${(error as Error).message}`);
  } finally {
    if (database.dataSource.isInitialized) await database.dataSource.destroy();
  }
}
