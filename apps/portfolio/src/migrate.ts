import { runMigrateCommand } from '@mieux/service-kit';
import { portfolioService } from './service';

void runMigrateCommand(portfolioService, process.argv.slice(2));
