import { runEventsCommand } from '@mieux/service-kit';
import { portfolioService } from './service';

void runEventsCommand(portfolioService, process.argv.slice(2));
