import { findBeneficiary } from '@mieux/domain';
import { FACTSHEET } from './figures';
import type { DemoAction, DemoActivity, DemoEvaluation, DemoFinalEvaluation, DemoIndicator, DemoParticipation, DemoResult } from './portfolio';
import { addDays, demoId, type Random } from './random';

const RATINGS: [string, number][] = [
  ['EXCELLENT', 0.5],
  ['VERY_GOOD', 0.35],
  ['GOOD', 0.11],
  ['FAIR', 0.03],
  ['POOR', 0.01],
];
const OTHER_RESULTS = ['STANDARD_OPERATING_PROCEDURE', 'HANDBOOK', 'MANUAL', 'TRAINING_CURRICULUM', 'LEGISLATION', 'OTHER'];
/** Where the factsheet's 19 migration policies were supported: Africa, Central Asia, Latin America and the Caribbean. */
const POLICY_REGIONS = new Set(['AFRICA', 'ASIA_AND_PACIFIC', 'LATIN_AMERICA_AND_CARIBBEAN']);
const MIEUX_PLUS_POLICIES = 6;

function rating(random: Random, year: string): string {
  // 2017: partners rated every activity excellent or very good (the ten-year review).
  if (year === '2017') return random.chance(0.6) ? 'EXCELLENT' : 'VERY_GOOD';
  let roll = random.next();
  for (const [code, share] of RATINGS) {
    if ((roll -= share) < 0) return code;
  }
  return 'GOOD';
}

/** Participation and evaluations of every activity held. */
export function generateActivityMonitoring(random: Random, replica: number, activities: DemoActivity[]) {
  const participation: DemoParticipation[] = [];
  const evaluations: DemoEvaluation[] = [];
  for (const activity of activities.filter((a) => a.status === 'HELD')) {
    const total = random.int(12, 30);
    const women = Math.round(total * (0.35 + random.next() * 0.2));
    const undisclosed = random.chance(0.2) ? 1 : 0;
    participation.push({
      activityId: activity.id,
      actionId: activity.actionId,
      women,
      men: total - women - undisclosed,
      undisclosed,
      institutions: ['Ministry of the Interior', 'Border Police', 'Ministry of Labour', 'National Statistics Office', 'Ministry of Foreign Affairs'].slice(
        0,
        random.int(2, 5),
      ),
      recordedOn: addDays(activity.endsOn, 3),
    });
    const count = random.int(3, 7);
    for (let k = 0; k < count; k += 1) {
      evaluations.push({
        id: demoId(`evaluation-${replica}`, evaluations.length),
        activityId: activity.id,
        actionId: activity.actionId,
        respondentType: k === 0 ? 'PARTNER_AUTHORITY' : k === 1 ? 'EXPERT' : 'PARTICIPANT',
        rating: rating(random, activity.startsOn.slice(0, 4)),
        comment: random.chance(0.3) ? 'Practical, well targeted and directly useful for our daily work.' : null,
        submittedOn: addDays(activity.endsOn, random.int(0, 10)),
      });
    }
  }
  return { participation, evaluations };
}

/**
 * Results, indicators and final evaluations of the Actions: the factsheet's 19 policies or strategies
 * in 2009-2019, more under MIEUX+, and the tools (SOPs, handbooks, curricula) most Actions leave.
 */
export function generateActionMonitoring(random: Random, replica: number, actions: DemoAction[], activities: DemoActivity[]) {
  const lastEnd = new Map<string, string>();
  for (const a of activities) if (a.status === 'HELD' && (lastEnd.get(a.actionId) ?? '') < a.endsOn) lastEnd.set(a.actionId, a.endsOn);
  const results: DemoResult[] = [];
  const indicators: DemoIndicator[] = [];
  const finalEvaluations: DemoFinalEvaluation[] = [];
  const historic = actions.slice(0, FACTSHEET.actions);
  const policyHosts = [
    ...historic
      .filter((a) => POLICY_REGIONS.has(findBeneficiary(a.beneficiaryCode)?.region ?? ''))
      .filter((_, i) => i % 3 === 0)
      .slice(0, FACTSHEET.policiesSupported),
    ...actions
      .slice(FACTSHEET.actions)
      .filter((a) => a.status === 'CLOSED')
      .slice(0, MIEUX_PLUS_POLICIES),
  ];
  if (policyHosts.length < FACTSHEET.policiesSupported + MIEUX_PLUS_POLICIES) throw new Error('not enough Actions to host the policies supported');
  const policyActions = new Set(policyHosts.map((a) => a.id));
  actions.forEach((action, i) => {
    const end = lastEnd.get(action.id);
    if (!end) return;
    if (policyActions.has(action.id)) {
      results.push({
        id: demoId(`result-${replica}`, results.length),
        actionId: action.id,
        type: i % 2 === 0 ? 'POLICY' : 'STRATEGY',
        status: i % 3 === 0 ? 'DRAFTED' : 'ADOPTED',
        title: `National migration ${i % 2 === 0 ? 'policy' : 'strategy'}: ${action.title.split(':')[0]}`,
        date: addDays(end, random.int(30, 200)),
      });
    }
    if (random.chance(0.6)) {
      const type = random.pick(OTHER_RESULTS);
      results.push({
        id: demoId(`result-${replica}`, results.length),
        actionId: action.id,
        type,
        status: 'ADOPTED',
        title: `${type.replace(/_/g, ' ').toLowerCase()} on ${action.title.split(':')[0].toLowerCase()}`,
        date: addDays(end, random.int(10, 120)),
      });
    }
    const trained = random.int(20, 60);
    const years = `${action.approvedOn.slice(0, 4)}-${end.slice(0, 4)}`;
    indicators.push(
      {
        id: demoId(`indicator-${replica}`, indicators.length),
        actionId: action.id,
        name: 'Officials trained',
        unit: 'people',
        baseline: 0,
        target: trained,
        actual: Math.round(trained * (0.7 + random.next() * 0.5)),
        period: years,
      },
      {
        id: demoId(`indicator-${replica}`, indicators.length + 1),
        actionId: action.id,
        name: 'Documents drafted with the partner',
        unit: 'documents',
        baseline: 0,
        target: 2,
        actual: random.int(1, 3),
        period: years,
      },
    );
    if (action.status === 'CLOSED') {
      finalEvaluations.push({
        actionId: action.id,
        summary: 'Objectives met; the partner owns the tools developed.',
        rating: rating(random, end.slice(0, 4)),
        date: addDays(end, 60),
      });
    }
  });
  return { results, indicators, finalEvaluations };
}
