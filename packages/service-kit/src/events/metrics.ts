import { Counter, Gauge, type Registry } from 'prom-client';

/** The event backbone's metrics, on the service's registry (served at `/metrics`). */
export class EventMetrics {
  readonly lag: Gauge<'consumer' | 'producer'>;
  readonly processed: Counter<'consumer' | 'type' | 'outcome'>;
  readonly parked: Counter<'consumer'>;
  readonly unsent: Gauge;
  readonly relayed: Counter;

  constructor(registry: Registry) {
    this.lag = new Gauge({
      name: 'mieux_event_consumer_lag',
      help: 'Events written by the producer that this consumer has not yet taken.',
      labelNames: ['consumer', 'producer'],
      registers: [registry],
    });
    this.processed = new Counter({
      name: 'mieux_events_processed_total',
      help: 'Events taken by a consumer, by type and outcome (applied, or duplicate: already applied before).',
      labelNames: ['consumer', 'type', 'outcome'],
      registers: [registry],
    });
    this.parked = new Counter({
      name: 'mieux_events_parked_total',
      help: 'Events a consumer parked (invalid, or failing every attempt): see the event_parked table.',
      labelNames: ['consumer'],
      registers: [registry],
    });
    this.unsent = new Gauge({ name: 'mieux_event_outbox_unsent', help: 'Events in the outbox not yet acknowledged by the broker.', registers: [registry] });
    this.relayed = new Counter({ name: 'mieux_events_relayed_total', help: 'Events the relay published and the broker acknowledged.', registers: [registry] });
  }
}
