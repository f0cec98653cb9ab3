import { MigrationExecutor, type DataSource } from 'typeorm';
import { ConfigError, loadConfig, type ServiceConfig, type SubgraphName, type WorkerName } from '../config';
import { connectDatabase, withMigrationLock, type ServiceDataSource } from '../database/data-source';
import { createLogger, type Logger } from '../logger';
import type { ServiceDefinition } from './run-service';
import { fail } from './process';

const COMMANDS = ['up', 'down', 'status'] as const;
type Command = (typeof COMMANDS)[number];

/**
 * `npm run migrate -w apps/<service> -- up|down|status`: applies the pending migrations, reverts the
 * last one, or lists each with its state, on the database the configuration names, holding the
 * database's migration lock. Prints one line per migration; exits 1 with one line on failure.
 */
export async function runMigrateCommand(
  definition: Pick<ServiceDefinition<never>, 'entities' | 'migrations'> & { service: SubgraphName | WorkerName },
  args: string[],
): Promise<void> {
  const command = args[0] as Command;
  if (!COMMANDS.includes(command)) {
    process.stderr.write(`usage: npm run migrate -w apps/${definition.service} -- <${COMMANDS.join('|')}>\n`);
    process.exit(2);
  }
  const { config, logger } = commandSetup(definition.service);
  let database: ServiceDataSource | null = null;
  try {
    database = await connectDatabase({ ...config, entities: definition.entities, migrations: definition.migrations, logger });
    const where = config.databaseUrl ? `${config.databaseName} on ${new URL(config.databaseUrl).host}` : `${config.dataDir}/${config.databaseName}.sqlite`;
    const lines = await withMigrationLock(config, logger, () => STEPS[command](database!));
    process.stdout.write(`${definition.service} (${where}):\n${lines.map((line) => `  ${line}\n`).join('')}`);
  } catch (error) {
    fail(`${definition.service}: migrate ${command} failed: ${(error as Error).message}`);
  } finally {
    if (database?.dataSource.isInitialized) await database.dataSource.destroy();
  }
}

/**
 * A command's configuration (one line and exit 1 when wrong) and logger: the command speaks in plain
 * lines; the logs say only what went wrong unless LOG_LEVEL asks for more.
 */
export function commandSetup(service: SubgraphName | WorkerName): { config: ServiceConfig; logger: Logger } {
  let config: ServiceConfig;
  try {
    config = loadConfig(service);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  return { config, logger: createLogger(service, process.env.LOG_LEVEL ? config.logLevel : 'warn') };
}

const STEPS: Record<Command, (database: ServiceDataSource) => Promise<string[]>> = {
  up: async ({ dataSource }) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length > 0 ? applied.map((m) => `applied  ${m.name}`) : ['nothing to apply: every migration is applied'];
  },
  down: async ({ dataSource }) => {
    const reverted = await revertLastMigration(dataSource);
    return [reverted ? `reverted ${reverted}` : 'nothing to revert: no migration is applied'];
  },
  status: async ({ dataSource }) => {
    const executor = new MigrationExecutor(dataSource);
    const applied = (await executor.getExecutedMigrations()).map((m) => m.name);
    const pending = (await executor.getPendingMigrations()).map((m) => m.name);
    return [...applied.sort().map((name) => `applied  ${name}`), ...pending.sort().map((name) => `pending  ${name}`)];
  },
};

/**
 * Reverts the last applied migration in its own transaction; its name, or null when none is applied.
 * On the embedded database foreign keys are off meanwhile, as TypeORM turns them off to apply one:
 * SQLite rebuilds a table to change its columns, and dropping the old table would delete every row
 * that refers to it (ON DELETE CASCADE). TypeORM asks for it inside the transaction, where SQLite
 * ignores it.
 */
export async function revertLastMigration(dataSource: DataSource): Promise<string | null> {
  const executed = await new MigrationExecutor(dataSource).getExecutedMigrations();
  if (executed.length === 0) return null;
  const last = executed.reduce((a, b) => (b.timestamp > a.timestamp ? b : a));
  const embedded = dataSource.options.type === 'sqljs';
  if (embedded) await dataSource.query('PRAGMA foreign_keys = OFF');
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    if (embedded) await dataSource.query('PRAGMA foreign_keys = ON');
  }
  return last.name;
}
