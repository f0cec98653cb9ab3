import { generateDemoPortfolio } from '@mieux/demo';
import { describeDemoSeed } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';

const demo = generateDemoPortfolio();
describeDemoSeed(requestsService, { request: demo.requests.length, request_transition: demo.requests.reduce((n, r) => n + r.history.length, 0) });
