import { Registry } from 'prom-client';
import { createLogger } from '../logger';
import { QueryCountingLogger } from './query-logger';

describe('the statements a service counts', () => {
  it('are its requests’ work: transaction control and the events’ background bookkeeping are counted apart', async () => {
    const registry = new Registry();
    const counter = new QueryCountingLogger(createLogger('experts', 'silent'), registry);
    for (const sql of [
      'SELECT `e`.`id` FROM `expert` `e` WHERE `e`.`id` IN (?, ?)',
      'START TRANSACTION',
      'UPDATE `expert` SET `status` = ? WHERE `id` = ?',
      'COMMIT',
      'SELECT `EventOutbox`.`position` FROM `event_outbox` `EventOutbox` WHERE `EventOutbox`.`sent_at` IS NULL',
      'INSERT INTO `event_processed`(`consumer`, `event_id`, `processed_at`) VALUES (?, ?, ?)',
      'SELECT * FROM `event_cursor` WHERE `consumer` = ?',
      'INSERT INTO `event_outbox`(`id`, `type`) VALUES (?, ?)',
    ])
      counter.logQuery(sql);
    // A consumer applying an event to its copy: its transaction is marked, its statements are the events' work.
    counter.logQuery('INSERT INTO `expert_card`(`expert_id`) VALUES (?)', [], { data: { eventWork: true } } as never);
    counter.logQuery('INSERT INTO `expert_card`(`expert_id`) VALUES (?)', [], { data: {} } as never);
    expect(await counter.statements()).toBe(3);
    expect((await registry.getSingleMetric('mieux_sql_event_statements_total')!.get()).values[0].value).toBe(5);
  });
});
