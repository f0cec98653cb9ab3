import { FACTSHEET } from './figures';
import { deployExperts, generateActivities } from './generate-activities';
import { generateExperts } from './generate-experts';
import { generateActionMonitoring, generateActivityMonitoring } from './generate-monitoring';
import { generateApprovedRequests, generateOtherRequests, ReferenceCounter } from './generate-requests';
import type { DemoPortfolio } from './portfolio';
import { Random } from './random';

export const DEMO_SEED = 2009;

/**
 * The demo portfolio: `scale` copies of a realistic MIEUX portfolio that reproduces the 2021
 * factsheet for 2009-2019 and the programme's closing figures. The same options always give the
 * same records, on every machine.
 */
export function generateDemoPortfolio(options: { scale?: number; seed?: number } = {}): DemoPortfolio {
  const scale = options.scale ?? 1;
  const random = new Random(options.seed ?? DEMO_SEED);
  const refs = new ReferenceCounter();
  const portfolio: DemoPortfolio = {
    requests: [],
    experts: [],
    actions: [],
    activities: [],
    deployments: [],
    participation: [],
    evaluations: [],
    results: [],
    indicators: [],
    finalEvaluations: [],
  };
  for (let replica = 0; replica < scale; replica += 1) {
    const experts = generateExperts(random, replica);
    const { requests, actions } = generateApprovedRequests(random, replica, refs);
    const activities = generateActivities(random, replica, actions);
    const historicIds = new Set(actions.slice(0, FACTSHEET.actions).map((a) => a.id));
    const historicDeployments = deployExperts(
      replica,
      activities.filter((a) => historicIds.has(a.actionId)),
      experts.historic,
      0,
    );
    const plusDeployments = deployExperts(
      replica,
      activities.filter((a) => !historicIds.has(a.actionId)),
      experts.mieuxPlus,
      historicDeployments.length,
    );
    const activityMonitoring = generateActivityMonitoring(random, replica, activities);
    const actionMonitoring = generateActionMonitoring(random, replica, actions, activities);
    portfolio.requests.push(...requests, ...generateOtherRequests(random, replica, refs));
    portfolio.experts.push(...experts.historic, ...experts.mieuxPlus, ...experts.undeployed);
    portfolio.actions.push(...actions);
    portfolio.activities.push(...activities);
    portfolio.deployments.push(...historicDeployments, ...plusDeployments);
    portfolio.participation.push(...activityMonitoring.participation);
    portfolio.evaluations.push(...activityMonitoring.evaluations);
    portfolio.results.push(...actionMonitoring.results);
    portfolio.indicators.push(...actionMonitoring.indicators);
    portfolio.finalEvaluations.push(...actionMonitoring.finalEvaluations);
  }
  return portfolio;
}
