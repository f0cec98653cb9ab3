import { generateDemoPortfolio } from '@mieux/demo';
import { describeDemoSeed } from '@mieux/service-kit/testing';
import { actionsService } from '../src/service';

const demo = generateDemoPortfolio();
describeDemoSeed(actionsService, { action: demo.actions.length, activity: demo.activities.length, deployment: demo.deployments.length });
