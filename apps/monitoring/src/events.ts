import { runEventsCommand } from '@mieux/service-kit';
import { monitoringService } from './service';

void runEventsCommand(monitoringService, process.argv.slice(2));
