import { runMigrateCommand } from '@mieux/service-kit';
import { requestsService } from './service';

void runMigrateCommand(requestsService, process.argv.slice(2));
