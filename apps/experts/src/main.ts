import { runService } from '@mieux/service-kit';
import { expertsService } from './service';

void runService(expertsService);
