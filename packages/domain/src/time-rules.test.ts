import { FieldRuleError } from './errors';
import {
  activityDatesProblems,
  activityMoveProblem,
  activityMovesOn,
  assertNoDateProblem,
  endsWithConsent,
  MIEUX_BEGAN_ON,
  pastDateProblem,
  requestStepProblem,
} from './time-rules';

const TODAY = '2026-12-05';

describe('dates of what happened', () => {
  it('lie between the start of MIEUX and today, both included', () => {
    expect(pastDateProblem('date', MIEUX_BEGAN_ON, TODAY)).toBeNull();
    expect(pastDateProblem('date', TODAY, TODAY)).toBeNull();
    expect(pastDateProblem('date', '1901-01-01', TODAY)).toEqual({
      field: 'date',
      reason: 'BEFORE_MIEUX',
      message: 'must not be before 2009-01-01, when MIEUX began',
    });
    expect(pastDateProblem('date', '2008-12-31', TODAY)?.reason).toBe('BEFORE_MIEUX');
    expect(pastDateProblem('date', '2026-12-06', TODAY)).toEqual({
      field: 'date',
      reason: 'IN_THE_FUTURE',
      message: 'must not be in the future (today is 2026-12-05)',
    });
  });
});

describe('an activity’s dates', () => {
  const approved = '2026-06-15';
  it('start from the approval on, within five years, and last at most twelve months', () => {
    expect(activityDatesProblems({ startsOn: approved, endsOn: '2027-06-15' }, approved, TODAY)).toEqual([]);
    expect(activityDatesProblems({ startsOn: '2031-12-05', endsOn: '2031-12-05' }, approved, TODAY)).toEqual([]);
  });
  it('refuse a start before the approval, beyond the horizon, an end before the start or too late', () => {
    expect(activityDatesProblems({ startsOn: '2026-06-14', endsOn: '2026-06-14' }, approved, TODAY)).toEqual([
      { field: 'startsOn', reason: 'BEFORE_APPROVAL', message: "must not be before the Action's approval on 2026-06-15" },
    ]);
    expect(activityDatesProblems({ startsOn: '2031-12-06', endsOn: '2031-12-06' }, approved, TODAY)).toEqual([
      { field: 'startsOn', reason: 'BEYOND_HORIZON', message: 'must not be later than 2031-12-05 (5 years ahead)' },
    ]);
    expect(activityDatesProblems({ startsOn: '2027-01-02', endsOn: '2027-01-01' }, approved, TODAY).map((p) => p.reason)).toEqual(['ENDS_BEFORE_START']);
    expect(activityDatesProblems({ startsOn: '2027-01-01', endsOn: '2028-01-02' }, approved, TODAY).map((p) => [p.field, p.reason])).toEqual([
      ['endsOn', 'TOO_LONG'],
    ]);
  });
});

describe('an activity’s moves by date', () => {
  it('confirms it up to its first day and holds it from its first day on', () => {
    expect(activityMoveProblem('CONFIRMED', TODAY, TODAY)).toBeNull();
    expect(activityMoveProblem('CONFIRMED', '2026-12-04', TODAY)).toMatchObject({ field: 'status', reason: 'ALREADY_STARTED' });
    expect(activityMoveProblem('HELD', TODAY, TODAY)).toBeNull();
    expect(activityMoveProblem('HELD', '2026-12-06', TODAY)).toEqual({
      field: 'status',
      reason: 'NOT_STARTED',
      message: 'an activity is held from its start date on (it starts on 2026-12-06)',
    });
    expect(activityMoveProblem('CANCELLED', '2030-01-01', TODAY)).toBeNull();
  });
});

describe('the moves an activity is offered today', () => {
  it('are its status’s moves the dates allow: no holding before the first day, no confirming once begun', () => {
    expect(activityMovesOn('PLANNED', '2026-12-06', TODAY)).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(activityMovesOn('PLANNED', TODAY, TODAY)).toEqual(['CONFIRMED', 'HELD', 'CANCELLED']);
    expect(activityMovesOn('PLANNED', '2026-12-04', TODAY)).toEqual(['HELD', 'CANCELLED']);
    expect(activityMovesOn('CONFIRMED', '2026-12-06', TODAY)).toEqual(['CANCELLED']);
    expect(activityMovesOn('HELD', '2026-12-04', TODAY)).toEqual([]);
  });
});

describe('a request’s steps', () => {
  it('follow each other: a step dated before an earlier one is refused', () => {
    const earlier = [
      { step: 'expression of interest', on: '2026-01-10' },
      { step: 'Action Fiche', on: null },
    ];
    expect(requestStepProblem('receivedOn', '2026-01-10', earlier)).toBeNull();
    expect(requestStepProblem('receivedOn', '2026-01-09', earlier)).toEqual({
      field: 'receivedOn',
      reason: 'OUT_OF_ORDER',
      message: 'must not be before the expression of interest (2026-01-10)',
    });
  });
});

describe('refusing', () => {
  it('throws the first problem as a field rule error, and nothing without one', () => {
    expect(() => assertNoDateProblem([null])).not.toThrow();
    const error = (() => {
      try {
        assertNoDateProblem([null, pastDateProblem('input.date', '1901-01-01', TODAY)]);
      } catch (e) {
        return e as FieldRuleError;
      }
    })();
    expect(error).toBeInstanceOf(FieldRuleError);
    expect(error).toMatchObject({ code: 'BEFORE_MIEUX', field: 'input.date', message: 'input.date must not be before 2009-01-01, when MIEUX began' });
    expect(() => assertNoDateProblem([activityMoveProblem('HELD', '2027-01-01', TODAY)], 'input')).toThrow('input.status an activity is held');
  });
});

describe('withdrawn consent', () => {
  it('ends the active deployments that have not begun, and nothing else', () => {
    expect(endsWithConsent({ status: 'ACTIVE', startsOn: '2026-12-06' }, TODAY)).toBe(true);
    expect(endsWithConsent({ status: 'ACTIVE', startsOn: TODAY }, TODAY)).toBe(false);
    expect(endsWithConsent({ status: 'CANCELLED', startsOn: '2027-01-01' }, TODAY)).toBe(false);
  });
});
