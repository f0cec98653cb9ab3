import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { boundedForLog, CENSORED, errorForLog, loggedString, redactionPaths } from './log-safety';
import { traceFields } from './telemetry/tracing';

export type Logger = pino.Logger;

/**
 * One logger per process, children per request carry the request id. JSON lines with the level as a
 * word for machines (and always in production); coloured lines for a person at a terminal in development.
 * Every line written while a traced call is in progress carries its trace and span ids.
 * Whatever the level and the format, a line holds no personal data, no SQL parameters and no value
 * longer than a bound (log-safety.ts); errors carry their stacks at debug and trace only.
 * `destination` (JSON lines) replaces stdout: a test reads what a part run in its process logs.
 */
export function createLogger(service: string, level: string, pretty = prettyByDefault(), destination?: pino.DestinationStream): Logger {
  // Read at each line: the level may change while the process runs.
  const serializeError = (error: unknown) => errorForLog(error, logger.isLevelEnabled('debug'));
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    mixin: traceFields,
    redact: { paths: redactionPaths(), censor: CENSORED },
    serializers: { err: serializeError, error: serializeError },
    formatters: { level: (label) => ({ level: label }), log: (object) => boundedForLog(object) as Record<string, unknown> },
    // Messages are bounded too: some come from libraries (Apollo, TypeORM) and may quote what they were given.
    hooks: {
      logMethod(args: unknown[], method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? loggedString(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  const logger: Logger = destination
    ? pino(options, destination)
    : pretty
      ? pino(options, pinoPretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }))
      : pino(options);
  return logger;
}

/** Pretty output in development when stdout is a terminal; JSON otherwise, and always in production. */
export function prettyByDefault(env: Record<string, string | undefined> = process.env, stdout: { isTTY?: boolean } = process.stdout): boolean {
  return env.NODE_ENV !== 'production' && stdout.isTTY === true;
}
