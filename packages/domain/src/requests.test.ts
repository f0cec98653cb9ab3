import { assessEligibility } from './eligibility';
import {
  approvedOnOf,
  assessmentMove,
  INITIAL_REQUEST_STATUS,
  isBeneficiaryEligibleOn,
  isInTheFuture,
  MAX_PLANNED_ACTIVITIES,
  plannedActivitiesTotal,
  subTopicProblem,
} from './requests';

describe('request rules', () => {
  it('starts every request as an expression of interest and caps an Action Fiche at 15 activities', () => {
    expect(INITIAL_REQUEST_STATUS).toBe('EXPRESSION_OF_INTEREST');
    expect(MAX_PLANNED_ACTIVITIES).toBe(15);
  });

  it('finds a regional organisation eligible through its members, a country by itself', () => {
    expect(isBeneficiaryEligibleOn('SN', '2026-01-01')).toBe(true);
    expect(isBeneficiaryEligibleOn('FR', '2026-01-01')).toBe(false);
    expect(isBeneficiaryEligibleOn('ECOWAS', '2026-01-01')).toBe(true);
    expect(isBeneficiaryEligibleOn('ecowas', '1990-01-01')).toBe(false);
  });

  it('names why a sub-topic may not be named', () => {
    expect(subTopicProblem('LABOUR_MIGRATION', ['LEGAL_MIGRATION_AND_MOBILITY'])).toBeNull();
    expect(subTopicProblem('LABOUR_MIGRATION', ['HORIZONTAL_INTERVENTIONS'])).toBe('OUTSIDE_THEMATIC_AREAS');
    expect(subTopicProblem('TAXES', ['LEGAL_MIGRATION_AND_MOBILITY'])).toBe('UNKNOWN');
  });

  it('refuses dates after today', () => {
    expect(isInTheFuture('2026-01-02', '2026-01-01')).toBe(true);
    expect(isInTheFuture('2026-01-01', '2026-01-01')).toBe(false);
  });

  it('counts planned activities, a count below zero as none', () => {
    expect(plannedActivitiesTotal([{ count: 2 }, { count: -3 }, { count: 5 }])).toBe(7);
    expect(plannedActivitiesTotal([])).toBe(0);
  });

  it('moves an assessed request to ELIGIBLE, or to INELIGIBLE with the blocking reasons', () => {
    const institutions = [{ name: 'Ministry', type: 'NATIONAL_INSTITUTION' }];
    expect(assessmentMove(assessEligibility({ countryCode: 'SN', requestDate: '2026-01-01', institutions }))).toEqual({ to: 'ELIGIBLE', reason: null });
    expect(assessmentMove(assessEligibility({ countryCode: 'FR', requestDate: '2026-01-01', institutions }))).toEqual({
      to: 'INELIGIBLE',
      reason: 'COUNTRY_EU_MEMBER_STATE',
    });
  });

  it('dates an approval on the decision, a rejection never', () => {
    expect(approvedOnOf('APPROVED', '2026-03-02')).toBe('2026-03-02');
    expect(approvedOnOf('REJECTED', '2026-03-02')).toBeNull();
  });
});
