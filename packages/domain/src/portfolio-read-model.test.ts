import { emptyPortfolioFacts, loadPortfolioFacts, type FactChange, type PortfolioFacts } from './portfolio-facts';
import { indexPortfolio, portfolioAnswer, portfolioSliceLabel } from './portfolio-read-model';

const TODAY = '2026-12-01';

/**
 * Two Actions counted (Ghana, Africa, 2020; Georgia, Eastern neighbourhood, 2021), one cancelled, a
 * cancelled activity, a cancelled deployment, an expert's rating left out of satisfaction, a result
 * that is not a policy, and requests on both sides of the period.
 */
function facts(): PortfolioFacts {
  const changes: FactChange[] = [
    {
      kind: 'actions',
      fact: {
        id: 'a1',
        beneficiaryCode: 'GH',
        region: 'AFRICA',
        approvedOn: '2020-02-01',
        thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
        status: 'IN_IMPLEMENTATION',
      },
    },
    {
      kind: 'actions',
      fact: {
        id: 'a2',
        beneficiaryCode: 'GE',
        region: 'EASTERN_NEIGHBOURHOOD',
        approvedOn: '2021-06-01',
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
        status: 'PLANNED',
      },
    },
    // a4: just approved, nothing planned yet, its launch target still ahead
    {
      kind: 'actions',
      fact: { id: 'a4', beneficiaryCode: 'GH', region: 'AFRICA', approvedOn: '2026-11-01', thematicAreas: ['MIGRATION_AND_DEVELOPMENT'], status: 'PLANNED' },
    },
    { kind: 'actions', fact: { id: 'a3', beneficiaryCode: 'AU', region: null, approvedOn: '2020-03-01', thematicAreas: ['OTHER_AREA'], status: 'CANCELLED' } },
    // a1 launched on time (held within three months), one activity held the next year
    { kind: 'activities', fact: { id: 't1', actionId: 'a1', type: 'TRAINING', startsOn: '2020-04-01', status: 'HELD' } },
    { kind: 'activities', fact: { id: 't2', actionId: 'a1', type: 'POLICY_WORK', startsOn: '2021-01-10', status: 'HELD' } },
    { kind: 'activities', fact: { id: 't3', actionId: 'a1', type: 'TRAINING', startsOn: '2020-05-01', status: 'CANCELLED' } },
    // a2 has only a planned activity, past its launch target: late
    { kind: 'activities', fact: { id: 't4', actionId: 'a2', type: 'TRAINING', startsOn: '2022-01-10', status: 'PLANNED' } },
    { kind: 'deployments', fact: { id: 'd1', activityId: 't1', expertId: 'e1', active: true } },
    { kind: 'deployments', fact: { id: 'd2', activityId: 't1', expertId: 'e1', active: true } },
    { kind: 'deployments', fact: { id: 'd3', activityId: 't4', expertId: 'e2', active: true } },
    { kind: 'deployments', fact: { id: 'd4', activityId: 't4', expertId: 'e3', active: false } },
    { kind: 'deployments', fact: { id: 'd5', activityId: 't4', expertId: 'e-unknown', active: true } },
    { kind: 'deployments', fact: { id: 'd6', activityId: 't1', expertId: 'e4', active: true } },
    // t1: two accepted (in 2 and 5 days), one declined, one expired; t4 (2022): one waiting; a cancelled activity's left out
    {
      kind: 'invitations',
      fact: { id: 'i1', activityId: 't1', status: 'ACCEPTED', invitedAt: '2020-03-01T10:00:00.000Z', acceptedAt: '2020-03-03T11:00:00.000Z' },
    },
    {
      kind: 'invitations',
      fact: { id: 'i2', activityId: 't1', status: 'ACCEPTED', invitedAt: '2020-03-01T10:00:00.000Z', acceptedAt: '2020-03-06T10:00:00.000Z' },
    },
    { kind: 'invitations', fact: { id: 'i3', activityId: 't1', status: 'DECLINED', invitedAt: '2020-03-01T10:00:00.000Z', acceptedAt: null } },
    { kind: 'invitations', fact: { id: 'i4', activityId: 't1', status: 'EXPIRED', invitedAt: '2020-03-01T10:00:00.000Z', acceptedAt: null } },
    { kind: 'invitations', fact: { id: 'i5', activityId: 't4', status: 'INVITED', invitedAt: '2021-12-01T10:00:00.000Z', acceptedAt: null } },
    { kind: 'invitations', fact: { id: 'i6', activityId: 't3', status: 'WITHDRAWN', invitedAt: '2020-03-01T10:00:00.000Z', acceptedAt: null } },
    { kind: 'experts', fact: { id: 'e1', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'FR' } },
    { kind: 'experts', fact: { id: 'e2', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'DE' } },
    { kind: 'experts', fact: { id: 'e3', employerType: 'ACADEMIA', publicOfficial: false, memberState: null } },
    // e4: a public official of a partner country's administration (South-South)
    { kind: 'experts', fact: { id: 'e4', employerType: 'PARTNER_COUNTRY_ADMINISTRATION', publicOfficial: true, memberState: null } },
    { kind: 'participation', fact: { id: 't1', total: 20, women: 12 } },
    { kind: 'participation', fact: { id: 't2', total: 10, women: 3 } },
    { kind: 'participation', fact: { id: 't-unknown', total: 99, women: 99 } },
    { kind: 'evaluations', fact: { id: 'v1', activityId: 't1', respondentType: 'PARTICIPANT', rating: 'EXCELLENT' } },
    { kind: 'evaluations', fact: { id: 'v2', activityId: 't1', respondentType: 'PARTICIPANT', rating: 'EXCELLENT' } },
    { kind: 'evaluations', fact: { id: 'v3', activityId: 't2', respondentType: 'PARTNER_AUTHORITY', rating: 'FAIR' } },
    { kind: 'evaluations', fact: { id: 'v4', activityId: 't2', respondentType: 'EXPERT', rating: 'POOR' } },
    { kind: 'results', fact: { id: 'r1', actionId: 'a1', type: 'POLICY' } },
    { kind: 'results', fact: { id: 'r2', actionId: 'a1', type: 'HANDBOOK' } },
    { kind: 'results', fact: { id: 'r3', actionId: 'a2', type: 'STRATEGY' } },
    // a1 sustained by its latest follow-up (12 months: policy adopted), a2 not, a3 cancelled: left out
    { kind: 'followUps', fact: { id: 'a1|12', actionId: 'a1', monthsAfter: 12, policyAdopted: true, practiceInUse: false } },
    { kind: 'followUps', fact: { id: 'a1|6', actionId: 'a1', monthsAfter: 6, policyAdopted: false, practiceInUse: false } },
    { kind: 'followUps', fact: { id: 'a2|6', actionId: 'a2', monthsAfter: 6, policyAdopted: false, practiceInUse: false } },
    { kind: 'followUps', fact: { id: 'a3|6', actionId: 'a3', monthsAfter: 6, policyAdopted: true, practiceInUse: true } },
    {
      kind: 'requests',
      fact: { id: 'q1', expressionOfInterestOn: '2019-10-01', beneficiaryCode: 'GH', region: 'AFRICA', thematicAreas: ['MIGRATION_AND_DEVELOPMENT'] },
    },
    {
      kind: 'requests',
      fact: {
        id: 'q2',
        expressionOfInterestOn: '2021-01-01',
        beneficiaryCode: 'GE',
        region: 'EASTERN_NEIGHBOURHOOD',
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      },
    },
    { kind: 'requests', fact: { id: 'q3', expressionOfInterestOn: '2021-02-01', beneficiaryCode: 'AU', region: null, thematicAreas: ['OTHER_AREA'] } },
  ];
  return loadPortfolioFacts(emptyPortfolioFacts(), changes);
}

const answer = (filter = {}) => portfolioAnswer(indexPortfolio(facts()), filter, TODAY);

describe('the portfolio read model', () => {
  it('counts the whole portfolio by the counting rules', () => {
    expect(answer().figures).toEqual({
      requests: 3,
      actions: 3,
      activities: 3,
      countriesSupported: 2,
      launchedOnTimeRate: 0.5,
      expertsDeployed: 3,
      publicOfficialsFromMemberStates: 2,
      memberStatesRepresented: 2,
      southSouthExperts: 1,
      invitationsSent: 5,
      invitationsAnswered: 3,
      invitationsAccepted: 2,
      medianDaysToAcceptance: 3.5,
      participants: 30,
      womenParticipants: 15,
      satisfactionRate: 2 / 3,
      policiesSupported: 2,
      sustainabilityRate: 0.5,
    });
  });

  it('selects by period, region, beneficiary (any case) and thematic area, Actions by approval and requests by expression of interest', () => {
    expect(answer({ from: '2021-01-01' }).figures).toMatchObject({ actions: 2, requests: 2, activities: 1, participants: 0, satisfactionRate: null });
    expect(answer({ to: '2020-12-31' }).figures).toMatchObject({ actions: 1, requests: 1, southSouthExperts: 1, sustainabilityRate: 1 });
    expect(answer({ from: '2021-01-01' }).figures).toMatchObject({
      southSouthExperts: 0,
      sustainabilityRate: 0,
      invitationsSent: 1,
      invitationsAnswered: 0,
      medianDaysToAcceptance: null,
    });
    expect(answer({ region: 'AFRICA', from: '2026-01-01' }).figures).toMatchObject({ actions: 1, sustainabilityRate: null });
    expect(answer({ region: 'AFRICA' }).figures).toMatchObject({ actions: 2, requests: 1 });
    expect(answer({ countryCode: 'ge' }).figures).toMatchObject({ actions: 1, requests: 1, expertsDeployed: 1 });
    expect(answer({ thematicArea: 'LEGAL_MIGRATION_AND_MOBILITY' }).figures).toMatchObject({ actions: 1, requests: 1, policiesSupported: 1 });
  });

  it('selects nothing for a period that ends before it starts or an unknown phase', () => {
    for (const filter of [{ from: '2022-01-01', to: '2021-01-01' }, { phase: 'NO_SUCH_PHASE' }]) {
      expect(answer(filter).figures).toMatchObject({ actions: 0, requests: 0, activities: 0, launchedOnTimeRate: null });
      expect(answer(filter).slices.YEAR).toEqual([]);
    }
  });

  it('slices by year: Actions (and their follow-ups) by approval, activities (and their participants, ratings, experts) by the year they start', () => {
    const pick = [
      'value',
      'actions',
      'activities',
      'participants',
      'expertsDeployed',
      'southSouthExperts',
      'requests',
      'launchedOnTimeRate',
      'sustainabilityRate',
    ];
    const years = answer().slices.YEAR.map((slice) => Object.fromEntries(pick.map((k) => [k, slice[k as keyof typeof slice]])));
    const row = (...values: unknown[]) => Object.fromEntries(pick.map((k, i) => [k, values[i]]));
    expect(years).toEqual([
      row('2020', 1, 1, 20, 2, 1, 0, 1, 1),
      row('2021', 1, 1, 10, 0, 0, 2, 0, 0),
      row('2022', 0, 1, 0, 1, 0, 0, null, null),
      row('2026', 1, 0, 0, 0, 0, 0, null, null),
    ]);
  });

  it('slices by thematic area (overlapping), region, country and activity type, in the domain order, with labels', () => {
    const { slices } = answer();
    expect(slices.THEMATIC_AREA.map((s) => [s.value, s.actions, s.requests])).toEqual([
      ['LEGAL_MIGRATION_AND_MOBILITY', 1, 1],
      ['MIGRATION_AND_DEVELOPMENT', 3, 1],
    ]);
    expect(slices.REGION.map((s) => [s.value, s.label.EN, s.actions])).toEqual([
      ['AFRICA', 'Africa', 2],
      ['EASTERN_NEIGHBOURHOOD', expect.any(String), 1],
    ]);
    expect(slices.COUNTRY.map((s) => [s.value, s.label.EN])).toEqual([
      ['GE', 'Georgia'],
      ['GH', 'Ghana'],
    ]);
    expect(slices.ACTIVITY_TYPE.map((s) => [s.value, s.actions, s.activities, s.requests, s.satisfactionRate])).toEqual([
      ['POLICY_WORK', 1, 1, null, 0],
      ['TRAINING', 2, 2, null, 1],
    ]);
  });

  it('labels a value the domain does not name with the value itself', () => {
    expect(portfolioSliceLabel('THEMATIC_AREA', 'OTHER_AREA')).toEqual({ EN: 'OTHER_AREA', FR: 'OTHER_AREA' });
    expect(portfolioSliceLabel('COUNTRY', 'XX')).toEqual({ EN: 'XX', FR: 'XX' });
    expect(portfolioSliceLabel('YEAR', '2020')).toEqual({ EN: '2020', FR: '2020' });
    expect(portfolioSliceLabel('ACTIVITY_TYPE', 'TRAINING').FR).toBeTruthy();
  });
});
