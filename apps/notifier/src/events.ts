import { runEventsCommand } from '@mieux/service-kit';
import { notifierService } from './service';

void runEventsCommand({ ...notifierService, consumers: (deps) => notifierService.open(deps).consumers }, process.argv.slice(2));
