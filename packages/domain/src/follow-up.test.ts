import { assertFollowUpMonths, isSustained, MAX_FOLLOW_UP_MONTHS, sustainabilityRate } from './follow-up';

const at = (monthsAfter: number, policyAdopted: boolean, practiceInUse: boolean) => ({ monthsAfter, policyAdopted, practiceInUse });

describe('follow-ups of a closed Action', () => {
  it('are recorded from one month to five years after it closed', () => {
    expect(() => assertFollowUpMonths(6)).not.toThrow();
    expect(() => assertFollowUpMonths(MAX_FOLLOW_UP_MONTHS)).not.toThrow();
    for (const wrong of [0, 61, 6.5]) expect(() => assertFollowUpMonths(wrong)).toThrow('input.monthsAfter must be a whole number of months from 1 to 60');
  });

  it('tell whether its results lasted by the latest one, whatever the order they were recorded in', () => {
    expect(isSustained([])).toBeNull();
    expect(isSustained([at(12, false, true), at(6, false, false)])).toBe(true);
    expect(isSustained([at(6, true, true), at(12, false, false)])).toBe(false);
    expect(isSustained([at(12, true, false)])).toBe(true);
  });

  it('give the share of Actions followed up whose results lasted', () => {
    expect(sustainabilityRate([])).toBeNull();
    expect(sustainabilityRate([[], []])).toBeNull();
    expect(sustainabilityRate([[at(6, false, true)], [at(6, true, true), at(12, false, false)], [], [at(12, true, false)]])).toBeCloseTo(2 / 3);
  });
});
