import { runEventsCommand } from '@mieux/service-kit';
import { expertsService } from './service';

void runEventsCommand(expertsService, process.argv.slice(2));
