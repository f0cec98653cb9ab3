// First: traces need HTTP, fetch, GraphQL and mysql2 instrumented before anything loads them.
import '@mieux/service-kit/telemetry';
import { runService } from '@mieux/service-kit';
import { portfolioService } from './service';

void runService(portfolioService);
