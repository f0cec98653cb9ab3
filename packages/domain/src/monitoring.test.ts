import { FieldRuleError, TransitionError } from './errors';
import {
  assertActualBySex,
  assertUnitKeepsBySex,
  assertIndicatorPeriodFits,
  countsPeople,
  assertResultStatusMove,
  contributingActivities,
  institutionTypeCountProblem,
  MAX_CONTRIBUTING_ACTIVITIES,
  MAX_INDICATOR_PERIODS,
  countsTowardSatisfaction,
  isMigrationPolicySupported,
  MIGRATION_POLICY_TYPES,
  participationTotal,
  RESPONDENT_TYPES,
  RESULT_TYPES,
} from './monitoring';

describe('migration policies supported', () => {
  it('are the results that are a policy or a strategy, and the list SQL uses says the same', () => {
    expect(MIGRATION_POLICY_TYPES).toEqual(['POLICY', 'STRATEGY']);
    expect(RESULT_TYPES.filter(isMigrationPolicySupported)).toEqual([...MIGRATION_POLICY_TYPES]);
    expect(isMigrationPolicySupported('LEGISLATION')).toBe(false);
  });
});

describe('participation', () => {
  it('totals women, men and those who did not say', () => {
    expect(participationTotal({ women: 11, men: 12, undisclosed: 1 })).toBe(24);
    expect(participationTotal({ women: 0, men: 0, undisclosed: 0 })).toBe(0);
  });
});

describe('satisfaction', () => {
  it('counts the people served, participants and partner authorities, and never the experts', () => {
    expect(RESPONDENT_TYPES.filter(countsTowardSatisfaction)).toEqual(['PARTICIPANT', 'PARTNER_AUTHORITY']);
    expect(countsTowardSatisfaction('EXPERT')).toBe(false);
  });
});

describe('result statuses', () => {
  it('move from DRAFTED to ADOPTED, keep their status when corrected, and never go back to DRAFTED', () => {
    expect(() => assertResultStatusMove('DRAFTED', 'ADOPTED')).not.toThrow();
    expect(() => assertResultStatusMove('DRAFTED', 'DRAFTED')).not.toThrow();
    expect(() => assertResultStatusMove('ADOPTED', 'ADOPTED')).not.toThrow();
    expect(() => assertResultStatusMove('ADOPTED', 'DRAFTED')).toThrow(new TransitionError('Result', 'ADOPTED', 'DRAFTED', []));
    expect(() => assertResultStatusMove('ADOPTED', 'DRAFTED')).toThrow('Result is ADOPTED; it is final, not DRAFTED');
  });
});

describe('indicator periods', () => {
  const periods = (n: number) => Array.from({ length: n }, (_, i) => String(2010 + i));
  it('take a new period up to MAX_INDICATOR_PERIODS, and update a known one at any count', () => {
    expect(MAX_INDICATOR_PERIODS).toBe(20);
    expect(() => assertIndicatorPeriodFits(periods(19), '2040')).not.toThrow();
    expect(() => assertIndicatorPeriodFits(periods(20), '2029')).not.toThrow();
    expect(() => assertIndicatorPeriodFits(periods(20), '2040')).toThrow(
      new FieldRuleError('TOO_MANY_PERIODS', 'input.period', 'is a new period, and an indicator has at most 20 periods'),
    );
  });
});

describe('the activities a result names as contributing', () => {
  const ofAction = [
    { id: 'a1', status: 'HELD' },
    { id: 'a2', status: 'PLANNED' },
    { id: 'a3', status: 'CANCELLED' },
  ];
  it('are the Action own, not cancelled, each once', () => {
    expect(contributingActivities('input.activityIds', ['a1', 'a2', 'a1'], ofAction)).toEqual(['a1', 'a2']);
    expect(contributingActivities('input.activityIds', [], ofAction)).toEqual([]);
  });
  it.each([
    [['a1', 'x9'], "input.activityIds names activities that are not the Action's: x9"],
    [['a3'], 'input.activityIds names cancelled activities, which contributed nothing: a3'],
    [Array.from({ length: MAX_CONTRIBUTING_ACTIVITIES + 1 }, (_, i) => `a${i}`), 'input.activityIds names at most 50 activities'],
  ])('refuses %j', (given, message) => {
    expect(() => contributingActivities('input.activityIds', given, ofAction)).toThrow(message);
  });
});

describe('participants by institution type', () => {
  it('name each type once and count no more people than took part', () => {
    const national = { type: 'NATIONAL_INSTITUTION', count: 12 };
    expect(institutionTypeCountProblem([national, { type: 'JUDICIARY', count: 3 }], 20)).toBeNull();
    expect(institutionTypeCountProblem([], 0)).toBeNull();
    expect(institutionTypeCountProblem([national, national], 30)).toBe('names an institution type more than once');
    expect(institutionTypeCountProblem([national], 10)).toBe('counts 12 participants, more than the total (10)');
  });
});

describe('an indicator period actual by sex', () => {
  const bySex = { women: 7, men: 5, undisclosed: 1 };
  it('is for units that count people, whatever their case', () => {
    expect(countsPeople(' People ')).toBe(true);
    expect(countsPeople('fonctionnaires')).toBe(true);
    expect(countsPeople('documents')).toBe(false);
  });
  it('is accepted when it sums to the actual, and nothing is to check without it', () => {
    expect(() => assertActualBySex('people', 13, bySex)).not.toThrow();
    expect(() => assertActualBySex('documents', 13, null)).not.toThrow();
  });
  it.each([
    [
      'documents',
      13,
      'input.actualBySex is only for indicators counting people (unit people, persons, participants, officials, staff, trainees, personnes, agents, fonctionnaires), not "documents"',
    ],
    ['people', null, 'input.actualBySex needs the actual it divides'],
    ['people', 14, 'input.actualBySex must sum to the actual (14): women + men + undisclosed is 13'],
  ] as const)('is refused for unit %s and actual %s', (unit, actual, message) => {
    let caught: unknown;
    try {
      assertActualBySex(unit, actual, bySex);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FieldRuleError);
    expect((caught as FieldRuleError).field).toBe('input.actualBySex');
    expect((caught as Error).message).toBe(message);
  });
});

describe('the unit of an indicator whose periods hold actuals by sex', () => {
  it('stays one that counts people', () => {
    expect(() => assertUnitKeepsBySex('documents', false)).not.toThrow();
    expect(() => assertUnitKeepsBySex('participants', true)).not.toThrow();
    expect(() => assertUnitKeepsBySex('documents', true)).toThrow(
      'input.unit must count people (people, persons, participants, officials, staff, trainees, personnes, agents, fonctionnaires): periods of this indicator hold actuals by sex',
    );
  });
});
