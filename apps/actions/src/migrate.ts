import { runMigrateCommand } from '@mieux/service-kit';
import { actionsService } from './service';

void runMigrateCommand(actionsService, process.argv.slice(2));
