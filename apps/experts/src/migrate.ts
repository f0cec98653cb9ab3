import { runMigrateCommand } from '@mieux/service-kit';
import { expertsService } from './service';

void runMigrateCommand(expertsService, process.argv.slice(2));
