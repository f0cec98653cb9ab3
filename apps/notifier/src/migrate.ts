import { runMigrateCommand } from '@mieux/service-kit';
import { notifierService } from './service';

void runMigrateCommand(notifierService, process.argv.slice(2));
