import { runEventsCommand } from '@mieux/service-kit';
import { requestsService } from './service';

void runEventsCommand(requestsService, process.argv.slice(2));
