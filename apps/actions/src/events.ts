import { runEventsCommand } from '@mieux/service-kit';
import { actionsService } from './service';

void runEventsCommand(actionsService, process.argv.slice(2));
