import { runMigrateCommand } from '@mieux/service-kit';
import { monitoringService } from './service';

void runMigrateCommand(monitoringService, process.argv.slice(2));
