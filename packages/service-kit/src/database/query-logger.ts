import { Counter, Registry, type Histogram } from 'prom-client';
import {
  EventSubscriber,
  type AfterQueryEvent,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type Logger as TypeOrmLogger,
} from 'typeorm';
import type { Logger } from '../logger';
import { durationHistogram } from '../metrics';

const SLOW_QUERY_MS = 500;

/**
 * TypeORM logger that counts every SQL statement a service sends (tests assert batching with it,
 * benchmarks report it) and times them, as Prometheus metrics in `registry`, and sends failures and
 * slow statements to the service's structured log.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  private readonly sent: Counter;
  private readonly failed: Counter;
  private readonly events: Counter;
  private readonly durations: Histogram;

  constructor(
    private readonly logger: Logger,
    readonly registry: Registry = new Registry(),
  ) {
    this.sent = new Counter({ name: 'mieux_sql_statements_total', help: "SQL statements sent to the service's database.", registers: [registry] });
    this.events = new Counter({
      name: 'mieux_sql_event_statements_total',
      help: "SQL statements on the service's event tables (outbox, relay, consumers' bookkeeping), apart from the statements its requests send.",
      registers: [registry],
    });
    this.failed = new Counter({ name: 'mieux_sql_statement_errors_total', help: "SQL statements the service's database refused.", registers: [registry] });
    this.durations = durationHistogram(registry, 'mieux_sql_statement_duration_seconds', "Time the service's database took to answer a statement.");
  }

  /** Statements sent since start (or since the last reset). */
  async statements(): Promise<number> {
    return (await this.sent.get()).values[0]?.value ?? 0;
  }

  reset(): void {
    this.sent.reset();
  }

  /** Records the time a statement took (TypeORM measures it; see StatementTimer). */
  timed(event: AfterQueryEvent): void {
    if (event.success && event.executionTime !== undefined) this.durations.observe(event.executionTime / 1000);
  }

  logQuery(query: string, _parameters?: unknown[], runner?: QueryRunner): void {
    if (isEventBookkeeping(query) || (runner?.data as { eventWork?: boolean } | undefined)?.eventWork) this.events.inc();
    else if (!isBookkeeping(query)) this.sent.inc();
    this.logger.trace({ sql: query }, 'sql');
  }

  /**
   * The statement's text with its `?` placeholders and the error's kind and code: never TypeORM's
   * parameters (the third argument, left unread) nor the driver's SQL with the values inlined (the
   * logger's `err` serializer keeps neither).
   */
  logQueryError(error: string | Error, query: string): void {
    this.failed.inc();
    this.logger.warn({ err: error, sql: query }, 'sql statement failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql statement');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
    else this.logger.debug({ message }, 'typeorm');
  }
}

/**
 * TypeORM tells subscribers, not loggers, how long a statement took: this subscriber (one instance
 * per data source, given in its `subscribers`) hands the time to the data source's logger.
 */
export class StatementTimer implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const logger = event.dataSource.logger;
    if (logger instanceof QueryCountingLogger) logger.timed(event);
  }
}
EventSubscriber()(StatementTimer);

/** Transaction control is not work: counting it would make statement counts depend on the driver. */
function isBookkeeping(query: string): boolean {
  return /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query.trim());
}

/** Marks a transaction as a consumer's (applying an event to its copy): its statements count as the events' work, not a request's. */
export function markEventWork(manager: EntityManager): void {
  if (manager.queryRunner) manager.queryRunner.data = { ...(manager.queryRunner.data as object), eventWork: true };
}

/**
 * The relay's and consumers' reads and writes of the event tables run in the background, whatever the
 * requests do: counted apart, so that a request's statement count stays its own.
 */
function isEventBookkeeping(query: string): boolean {
  return /\bevent_(outbox|processed|parked|cursor)\b/i.test(query);
}

export { SLOW_QUERY_MS };
