import fc from 'fast-check';
import { launchedOnTime, launchTarget, onTimeLaunchRate, progressTowardTarget, satisfactionRate } from './kpis';

describe('launch', () => {
  it('targets approval plus three calendar months, month ends clamped', () => {
    expect(launchTarget('2026-11-30')).toBe('2027-02-28');
    expect(launchTarget('2027-11-30')).toBe('2028-02-29');
    expect(launchTarget('2016-05-31')).toBe('2016-08-31');
  });

  it.each([
    ['2026-11-30', '2027-02-28', '2027-06-01', true],
    ['2026-11-30', '2027-03-01', '2027-06-01', false],
    ['2026-11-30', null, '2027-02-28', null],
    ['2026-11-30', null, '2027-03-01', false],
  ])('approved %s, first activity %s, today %s: on time %s', (approved, first, today, expected) => {
    expect(launchedOnTime(approved, first, today)).toBe(expected);
  });
});

describe('rates', () => {
  it('satisfaction is the share of excellent and very good', () => {
    expect(satisfactionRate({})).toBeNull();
    expect(satisfactionRate({ EXCELLENT: 3, VERY_GOOD: 1, GOOD: 1 })).toBe(0.8);
    expect(satisfactionRate({ EXCELLENT: 2, VERY_GOOD: 2 })).toBe(1);
    expect(satisfactionRate({ EXCELLENT: undefined, GOOD: 2 })).toBe(0);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'POOR'), fc.nat(1000)), (counts) => {
        const rate = satisfactionRate(counts);
        if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
      }),
    );
  });

  it('on-time launch counts only decided launches', () => {
    expect(onTimeLaunchRate([])).toBeNull();
    expect(onTimeLaunchRate([null])).toBeNull();
    expect(onTimeLaunchRate([true, false, null, true])).toBeCloseTo(2 / 3);
  });

  it('indicator progress runs from baseline (0) to target (1)', () => {
    expect(progressTowardTarget(0, 40, 30)).toBe(0.75);
    expect(progressTowardTarget(10, 20, 25)).toBe(1.5);
    expect(progressTowardTarget(0, 40, null)).toBeNull();
    expect(progressTowardTarget(5, 5, 5)).toBeNull();
  });
});
