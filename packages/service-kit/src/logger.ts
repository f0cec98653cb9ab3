import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; one logger per process, children per request carry the request id. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service }, redact: ['req.headers.authorization'] });
}
