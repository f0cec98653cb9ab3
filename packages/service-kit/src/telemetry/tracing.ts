import { isSpanContextValid, trace } from '@opentelemetry/api';
import { tracingRequested, type ServiceConfig } from '../config';

/** The SDK, loaded only when traces are wanted: a service without an OTLP endpoint pays nothing for it. */
// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the module is loaded lazily; only its type is named here
type Sdk = typeof import('./sdk');

let sdk: Sdk | null = null;
let provider: { shutdown(): Promise<void> } | null = null;

/** Installs the instrumentations when OTEL_EXPORTER_OTLP_ENDPOINT is set (once per process; config.ts reads it). */
export function instrument(env?: Record<string, string | undefined>): void {
  if (sdk || !tracingRequested(env)) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk = require('./sdk') as Sdk;
  sdk.installInstrumentations();
}

/**
 * Registers the tracer provider that exports the spans of this service over OTLP/HTTP, with W3C
 * `traceparent` propagation. Does nothing when tracing is off.
 */
export function startTracing(config: Pick<ServiceConfig, 'tracing'>): void {
  const { endpoint } = config.tracing;
  if (!endpoint || provider) return;
  instrument({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
  provider = sdk!.registerTracerProvider(config.tracing, endpoint);
}

/** Exports the spans still buffered; called on the way out. */
export async function stopTracing(): Promise<void> {
  const current = provider;
  provider = null;
  await current?.shutdown().catch(() => undefined);
}

/** The trace and span ids of the work in progress, for log lines (empty when there is none). */
export function traceFields(): { traceId?: string; spanId?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return { traceId: context.traceId, spanId: context.spanId };
}
