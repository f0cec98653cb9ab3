import { assessEligibility, findCountry } from '@mieux/domain';
import { generateDemoPortfolio } from './generate';

const portfolio = generateDemoPortfolio();

/**
 * The figures as published (the 2021 factsheet and ICMPD's closing figures), written out here rather
 * than taken from the generator's constants: the counts below are recounted from the generated
 * records, so a generator that drifts from the published figures fails.
 */
const PUBLISHED_2009_2019 = {
  actions: 109,
  activities: 598,
  participants: 12_466,
  policiesSupported: 19,
  expertsDeployed: 340,
  officials: 176,
  memberStates: 22,
};
const PUBLISHED_AT_CLOSE = { requests: 188, actions: 138, expertsDeployed: 465 };

/** Actions in 2009-2019, found from their requests' approval decisions, not from the Actions' own dates. */
const approvedInPeriod = new Set(
  portfolio.requests
    .filter((r) => r.decision?.outcome === 'APPROVED' && r.decision.decidedOn >= '2009-01-01' && r.decision.decidedOn <= '2019-12-31')
    .map((r) => r.id),
);
const inFactsheetPeriod = new Set(portfolio.actions.filter((a) => approvedInPeriod.has(a.requestId)).map((a) => a.id));
const activitiesInPeriod = portfolio.activities.filter((a) => inFactsheetPeriod.has(a.actionId) && a.status !== 'CANCELLED');
const activityIdsInPeriod = new Set(activitiesInPeriod.map((a) => a.id));

describe('the demo portfolio reproduces the 2021 factsheet for 2009-2019, recounted from its records', () => {
  it('has 109 Actions and 598 activities not cancelled', () => {
    expect(inFactsheetPeriod.size).toBe(PUBLISHED_2009_2019.actions);
    expect(activitiesInPeriod).toHaveLength(PUBLISHED_2009_2019.activities);
  });

  it('has 12,466 participants', () => {
    const participants = portfolio.participation
      .filter((p) => activityIdsInPeriod.has(p.activityId))
      .reduce((sum, p) => sum + p.women + p.men + p.undisclosed, 0);
    expect(participants).toBe(PUBLISHED_2009_2019.participants);
  });

  it('supported 19 migration policies', () => {
    const policies = portfolio.results.filter((r) => inFactsheetPeriod.has(r.actionId) && (r.type === 'POLICY' || r.type === 'STRATEGY'));
    expect(policies).toHaveLength(PUBLISHED_2009_2019.policiesSupported);
  });

  it('deployed 340 experts, 176 of them public officials of 22 EU Member States (as the domain knows them)', () => {
    const deployed = new Set(portfolio.deployments.filter((d) => activityIdsInPeriod.has(d.activityId)).map((d) => d.expertId));
    expect(deployed.size).toBe(PUBLISHED_2009_2019.expertsDeployed);
    const officials = portfolio.experts.filter((e) => deployed.has(e.id) && e.publicOfficial && e.employerType === 'EU_MEMBER_STATE_ADMINISTRATION');
    expect(officials).toHaveLength(PUBLISHED_2009_2019.officials);
    for (const official of officials) expect(findCountry(official.memberState ?? '')?.status).toBe('EU_MEMBER_STATE');
    expect(new Set(officials.map((e) => e.memberState)).size).toBe(PUBLISHED_2009_2019.memberStates);
  });
});

describe('the demo portfolio holds together', () => {
  const requests = new Map(portfolio.requests.map((r) => [r.id, r]));
  const actions = new Map(portfolio.actions.map((a) => [a.id, a]));
  const activities = new Map(portfolio.activities.map((a) => [a.id, a]));

  it('creates each Action from its approved request, on the decision date, for the same beneficiary, once', () => {
    for (const action of portfolio.actions) {
      const request = requests.get(action.requestId);
      expect({ action: action.reference, status: request?.status, decidedOn: request?.decision?.decidedOn, beneficiary: request?.beneficiaryCode }).toEqual({
        action: action.reference,
        status: 'APPROVED',
        decidedOn: action.approvedOn,
        beneficiary: action.beneficiaryCode,
      });
    }
    expect(new Set(portfolio.actions.map((a) => a.requestId)).size).toBe(portfolio.actions.length);
    expect(portfolio.requests.filter((r) => r.status === 'APPROVED')).toHaveLength(portfolio.actions.length);
  });

  it('holds activities after their Action is approved, records participation once per held activity, and refers only to records that exist', () => {
    for (const activity of portfolio.activities) expect(activity.startsOn >= actions.get(activity.actionId)!.approvedOn).toBe(true);
    const recorded = portfolio.participation.map((p) => p.activityId);
    expect(new Set(recorded).size).toBe(recorded.length);
    expect(recorded.map((id) => activities.get(id)?.status).every((status) => status === 'HELD')).toBe(true);
    expect(portfolio.activities.filter((a) => a.status === 'HELD').length).toBe(recorded.length);
    for (const p of portfolio.participation) expect(activities.get(p.activityId)!.actionId).toBe(p.actionId);
    for (const r of portfolio.results) expect(actions.has(r.actionId)).toBe(true);
  });
});

describe('the demo portfolio at the programme close', () => {
  it('has 188 requests, 138 Actions and 465 experts deployed', () => {
    expect(portfolio.requests).toHaveLength(PUBLISHED_AT_CLOSE.requests);
    expect(portfolio.actions).toHaveLength(PUBLISHED_AT_CLOSE.actions);
    expect(new Set(portfolio.deployments.map((d) => d.expertId)).size).toBe(PUBLISHED_AT_CLOSE.expertsDeployed);
  });

  it('has requests in every status, and the eligibility rules agree with them', () => {
    const statuses = new Set(portfolio.requests.map((r) => r.status));
    for (const status of ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'ACTION_FICHE_DRAFTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']) {
      expect(statuses).toContain(status);
    }
    for (const request of portfolio.requests) {
      const { eligible } = assessEligibility({
        countryCode: request.beneficiaryCode,
        requestDate: request.expressionOfInterestOn,
        institutions: request.institutions,
      });
      if (request.status === 'INELIGIBLE') expect({ request: request.reference, eligible }).toEqual({ request: request.reference, eligible: false });
      if (['APPROVED', 'ELIGIBLE', 'ACTION_FICHE_DRAFTED', 'REJECTED'].includes(request.status)) {
        expect({ request: request.reference, eligible }).toEqual({ request: request.reference, eligible: true });
      }
    }
  });

  it('never books an expert on overlapping dates, and deploys only active experts', () => {
    const activities = new Map(portfolio.activities.map((a) => [a.id, a]));
    const experts = new Map(portfolio.experts.map((e) => [e.id, e]));
    const byExpert = new Map<string, { from: string; to: string }[]>();
    for (const d of portfolio.deployments) {
      const a = activities.get(d.activityId)!;
      expect(a.status).not.toBe('CANCELLED');
      expect(experts.get(d.expertId)!.status).toBe('ACTIVE');
      const booked = byExpert.get(d.expertId) ?? [];
      expect(booked.some((b) => b.from <= a.endsOn && a.startsOn <= b.to)).toBe(false);
      booked.push({ from: a.startsOn, to: a.endsOn });
      byExpert.set(d.expertId, booked);
    }
  });

  it('keeps each request history in date order and ending in its status', () => {
    for (const request of portfolio.requests) {
      const dates = request.history.map((t) => t.on);
      expect([...dates].sort()).toEqual(dates);
      expect(request.history.at(-1)!.to).toBe(request.status);
      expect(request.history[0]).toMatchObject({ from: null, to: 'EXPRESSION_OF_INTEREST' });
    }
  });
});

describe('the demo portfolio gives matching something to tell apart', () => {
  const active = portfolio.experts.filter((e) => e.status === 'ACTIVE');

  it('has a roster whose languages vary: not everyone works in English, and French without English is common', () => {
    const withoutEnglish = active.filter((e) => !e.languages.includes('en'));
    expect(withoutEnglish.length / active.length).toBeGreaterThan(0.2);
    expect(withoutEnglish.length / active.length).toBeLessThan(0.5);
    expect(withoutEnglish.filter((e) => e.languages.includes('fr')).length).toBeGreaterThan(20);
    expect(new Set(active.map((e) => [...e.languages].sort().join(','))).size).toBeGreaterThan(20);
    for (const expert of portfolio.experts) expect(expert.languages.length).toBeGreaterThan(0);
  });

  it('holds activities in the languages of their place, each spoken by enough active experts to choose among', () => {
    const actions = new Map(portfolio.actions.map((a) => [a.id, a]));
    for (const activity of portfolio.activities.filter((a) => a.countryCode === 'SN')) expect(activity.workingLanguages).toEqual(['fr']);
    const asked = new Set(portfolio.activities.flatMap((a) => a.workingLanguages));
    expect([...asked]).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'pt', 'ar']));
    for (const language of asked)
      expect({ language, speakers: active.filter((e) => e.languages.includes(language)).length > 5 }).toEqual({ language, speakers: true });
    const requests = new Map(portfolio.requests.map((r) => [r.id, r]));
    for (const action of actions.values()) expect(action.subTopics).toEqual(requests.get(action.requestId)!.subTopics);
  });
});

describe('generation', () => {
  it('is deterministic', () => {
    expect(generateDemoPortfolio()).toEqual(portfolio);
  });

  it('scales with unique ids and references', () => {
    const tenfold = generateDemoPortfolio({ scale: 3 });
    expect(tenfold.actions).toHaveLength(3 * PUBLISHED_AT_CLOSE.actions);
    for (const records of [tenfold.requests, tenfold.actions, tenfold.activities, tenfold.experts, tenfold.deployments, tenfold.evaluations]) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
    expect(new Set(tenfold.requests.map((r) => r.reference)).size).toBe(tenfold.requests.length);
    expect(new Set(tenfold.actions.map((a) => a.reference)).size).toBe(tenfold.actions.length);
    expect(new Set(tenfold.experts.map((e) => e.email)).size).toBe(tenfold.experts.length);
  });
});
