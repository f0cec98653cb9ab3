import { FieldRuleError, TransitionError } from './errors';
import {
  assertIndicatorPeriodFits,
  assertResultStatusMove,
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
