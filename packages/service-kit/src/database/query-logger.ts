import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logger';

const SLOW_QUERY_MS = 500;

/**
 * TypeORM logger that counts every SQL statement a service sends (tests assert batching with it,
 * benchmarks report it) and sends failures and slow statements to the service's structured log.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  private count = 0;

  constructor(private readonly logger: Logger) {}

  /** Statements sent since start (or since the last reset). */
  get statements(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  logQuery(query: string): void {
    if (!isBookkeeping(query)) this.count += 1;
    this.logger.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
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

/** Transaction control is not work: counting it would make statement counts depend on the driver. */
function isBookkeeping(query: string): boolean {
  return /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query.trim());
}

export { SLOW_QUERY_MS };
