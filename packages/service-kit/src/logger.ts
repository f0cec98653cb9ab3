import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { traceFields } from './telemetry/tracing';

export type Logger = pino.Logger;

/**
 * One logger per process, children per request carry the request id. JSON lines with the level as a
 * word for machines (and always in production); coloured lines for a person at a terminal in development.
 * Every line written while a traced call is in progress carries its trace and span ids.
 */
export function createLogger(service: string, level: string, pretty = prettyByDefault()): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    mixin: traceFields,
    redact: ['req.headers.authorization'],
    formatters: { level: (label) => ({ level: label }) },
  };
  if (!pretty) return pino(options);
  return pino(options, pinoPretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }));
}

/** Pretty output in development when stdout is a terminal; JSON otherwise, and always in production. */
export function prettyByDefault(env: Record<string, string | undefined> = process.env, stdout: { isTTY?: boolean } = process.stdout): boolean {
  return env.NODE_ENV !== 'production' && stdout.isTTY === true;
}
