import { runService } from '@mieux/service-kit';
import { monitoringService } from './service';

void runService(monitoringService);
