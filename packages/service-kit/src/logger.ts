import pino from 'pino';
import { traceFields } from './telemetry/tracing';

export type Logger = pino.Logger;

/**
 * Structured JSON logs; one logger per process, children per request carry the request id, and
 * every line written while a traced call is in progress carries its trace and span ids.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service }, mixin: traceFields, redact: ['req.headers.authorization'] });
}
