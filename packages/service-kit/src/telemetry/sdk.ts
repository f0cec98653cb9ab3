import { SpanKind, type Attributes, type Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, ParentBasedSampler, SamplingDecision, type Sampler } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config';
import { isProbePath } from '../server/probes';

/**
 * Incoming HTTP (the server span every trace starts from), outgoing fetch (gateway to subgraph,
 * subgraph to subgraph, with `traceparent`), GraphQL parse/validate/execute, and every mysql2
 * statement. Statements are recorded with their values masked and GraphQL without variable values:
 * no personal data leaves in a span.
 */
export function installInstrumentations(): void {
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => isProbePath(new URL(request.url ?? '/', 'http://localhost').pathname),
        requireParentforOutgoingSpans: true,
      }),
      new UndiciInstrumentation({ requireParentforSpans: true }),
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
      new MySQL2Instrumentation({ maskStatement: true }),
    ],
  });
}

/**
 * A trace begins where a call comes in. Root spans of other kinds (start-up migrations, readiness
 * checks of the subgraphs) are dropped; spans under a sampled parent, local or from `traceparent`,
 * follow their parent.
 */
class IncomingCallsSampler implements Sampler {
  shouldSample(_context: Context, _traceId: string, _name: string, kind: SpanKind, _attributes: Attributes) {
    return { decision: kind === SpanKind.SERVER ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD };
  }

  toString(): string {
    return 'IncomingCallsSampler';
  }
}

/** Registers the provider globally (AsyncLocalStorage context, W3C trace context) and returns it. */
export function registerTracerProvider(config: TracingConfig, endpoint: string): NodeTracerProvider {
  const resource = detectResources({ detectors: [envDetector] }).merge(
    resourceFromAttributes({ 'service.name': config.serviceName, 'service.namespace': 'mieux' }),
  );
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource,
    sampler: new ParentBasedSampler({ root: new IncomingCallsSampler() }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: config.exportDelayMs })],
  });
  provider.register();
  return provider;
}
