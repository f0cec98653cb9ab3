/**
 * `import '@mieux/service-kit/telemetry';` as the first line of a service's main.ts. When traces are
 * wanted (OTEL_EXPORTER_OTLP_ENDPOINT), it instruments HTTP, undici (fetch), GraphQL and mysql2 before
 * those modules load, which is the only moment they can be wrapped; otherwise it loads nothing.
 * The service then starts exporting with `startTracing(config)` once its configuration is known.
 */
import { instrument } from './tracing';

instrument();
