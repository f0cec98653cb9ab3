// First: traces need HTTP, fetch and mysql2 instrumented before anything loads them.
import '@mieux/service-kit/telemetry';
import { runWorker } from '@mieux/service-kit';
import { notifierService } from './service';

void runWorker(notifierService);
