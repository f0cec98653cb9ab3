import { generateDemoPortfolio } from '@mieux/demo';
import { describeDemoSeed } from '@mieux/service-kit/testing';
import { monitoringService } from '../src/service';

const demo = generateDemoPortfolio();
describeDemoSeed(monitoringService, {
  participation: demo.participation.length,
  evaluation: demo.evaluations.length,
  result: demo.results.length,
  indicator: demo.indicators.length,
  final_evaluation: demo.finalEvaluations.length,
});
