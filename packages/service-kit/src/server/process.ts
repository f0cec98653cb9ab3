import { ConfigError, loadConfig, type ServiceConfig, type ServiceName } from '../config';
import { createLogger, type Logger } from '../logger';

/** Time allowed for calls in flight to finish after SIGTERM before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 20_000;

/** What a started process keeps running until it is told to stop. */
export interface Running {
  /** Stops accepting calls, finishes those in flight, closes what it opened. */
  stop(): Promise<void>;
}

/**
 * The life of every process of the graph, the gateway and the subgraphs alike: the configuration
 * read and validated once (one clear line and exit 1 when wrong), `start` run, and a graceful stop
 * on SIGTERM or SIGINT (in-flight calls finish, then exit 0; exit 1 after the drain timeout).
 * `start` returns null when the process has nothing to keep running (a migration job).
 */
export async function runProcess(service: ServiceName, start: (deps: { config: ServiceConfig; logger: Logger }) => Promise<Running | null>): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadConfig(service);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const logger = createLogger(service, config.logLevel);
  const running = await start({ config, logger });
  if (!running) return;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing calls in flight');
    setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS).unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Ends the process with one line for the operator, not a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
