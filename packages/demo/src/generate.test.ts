import { assessEligibility } from '@mieux/domain';
import { CLOSING, FACTSHEET } from './figures';
import { generateDemoPortfolio } from './generate';

const portfolio = generateDemoPortfolio();
const inFactsheetPeriod = new Set(
  portfolio.actions.filter((a) => a.approvedOn >= FACTSHEET.from && a.approvedOn <= FACTSHEET.to).map((a) => a.id),
);
const activitiesInPeriod = portfolio.activities.filter((a) => inFactsheetPeriod.has(a.actionId) && a.status !== 'CANCELLED');
const activityIdsInPeriod = new Set(activitiesInPeriod.map((a) => a.id));

describe('the demo portfolio reproduces the 2021 factsheet for 2009-2019', () => {
  it('has 109 Actions and more than 500 activities', () => {
    expect(inFactsheetPeriod.size).toBe(FACTSHEET.actions);
    expect(activitiesInPeriod.length).toBeGreaterThanOrEqual(FACTSHEET.minActivities);
  });

  it('has at least 10,000 participants', () => {
    const participants = portfolio.participation
      .filter((p) => activityIdsInPeriod.has(p.activityId))
      .reduce((sum, p) => sum + p.women + p.men + p.undisclosed, 0);
    expect(participants).toBeGreaterThanOrEqual(FACTSHEET.minParticipants);
  });

  it('supported 19 migration policies', () => {
    const policies = portfolio.results.filter((r) => inFactsheetPeriod.has(r.actionId) && (r.type === 'POLICY' || r.type === 'STRATEGY'));
    expect(policies).toHaveLength(FACTSHEET.policiesSupported);
  });

  it('deployed 340 experts, 176 of them public officials from 22 EU Member States', () => {
    const deployed = new Set(portfolio.deployments.filter((d) => activityIdsInPeriod.has(d.activityId)).map((d) => d.expertId));
    expect(deployed.size).toBe(FACTSHEET.expertsDeployed);
    const officials = portfolio.experts.filter((e) => deployed.has(e.id) && e.publicOfficial && e.employerType === 'EU_MEMBER_STATE_ADMINISTRATION');
    expect(officials).toHaveLength(FACTSHEET.publicOfficialsFromMemberStates);
    expect(new Set(officials.map((e) => e.memberState)).size).toBe(FACTSHEET.memberStatesRepresented);
  });
});

describe('the demo portfolio at the programme close', () => {
  it('has 188 requests, 138 Actions and 465 experts deployed', () => {
    expect(portfolio.requests).toHaveLength(CLOSING.requests);
    expect(portfolio.actions).toHaveLength(CLOSING.actions);
    expect(new Set(portfolio.deployments.map((d) => d.expertId)).size).toBe(CLOSING.expertsDeployed);
  });

  it('has requests in every status, and the eligibility rules agree with them', () => {
    const statuses = new Set(portfolio.requests.map((r) => r.status));
    for (const status of ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'ACTION_FICHE_DRAFTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']) {
      expect(statuses).toContain(status);
    }
    for (const request of portfolio.requests) {
      const { eligible } = assessEligibility({ countryCode: request.beneficiaryCode, requestDate: request.expressionOfInterestOn, institutions: request.institutions });
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

describe('generation', () => {
  it('is deterministic', () => {
    expect(generateDemoPortfolio()).toEqual(portfolio);
  });

  it('scales with unique ids and references', () => {
    const tenfold = generateDemoPortfolio({ scale: 3 });
    expect(tenfold.actions).toHaveLength(3 * CLOSING.actions);
    for (const records of [tenfold.requests, tenfold.actions, tenfold.activities, tenfold.experts, tenfold.deployments, tenfold.evaluations]) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
    expect(new Set(tenfold.requests.map((r) => r.reference)).size).toBe(tenfold.requests.length);
    expect(new Set(tenfold.actions.map((a) => a.reference)).size).toBe(tenfold.actions.length);
    expect(new Set(tenfold.experts.map((e) => e.email)).size).toBe(tenfold.experts.length);
  });
});
