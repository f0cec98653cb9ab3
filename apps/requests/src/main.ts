import { runService } from '@mieux/service-kit';
import { requestsService } from './service';

void runService(requestsService);
