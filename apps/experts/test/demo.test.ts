import { generateDemoPortfolio } from '@mieux/demo';
import { describeDemoSeed } from '@mieux/service-kit/testing';
import { expertsService } from '../src/service';

const demo = generateDemoPortfolio();
describeDemoSeed(expertsService, { expert: demo.experts.length });
