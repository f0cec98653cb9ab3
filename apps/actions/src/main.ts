import { runService } from '@mieux/service-kit';
import { actionsService } from './service';

void runService(actionsService);
