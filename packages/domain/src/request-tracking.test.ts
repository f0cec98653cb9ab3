import { REQUEST_STATUSES } from './lifecycles';
import { NEXT_STEPS, normaliseTrackingCode, TRACKING_CODE_PATTERN, trackingCodeOf } from './request-tracking';

describe('tracking a request', () => {
  it('tells the next step of every status in English and French', () => {
    for (const status of REQUEST_STATUSES) {
      expect(NEXT_STEPS[status].EN.length).toBeGreaterThan(20);
      expect(NEXT_STEPS[status].FR.length).toBeGreaterThan(20);
      expect(NEXT_STEPS[status].FR).not.toBe(NEXT_STEPS[status].EN);
    }
  });

  it('makes a code of two groups of five characters that are never read alike', () => {
    const code = trackingCodeOf([0, 1, 2, 3, 4, 250, 251, 252, 253, 255]);
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect(code).toBe('ABCDE-CDEFH');
    expect(code).not.toMatch(/[01OIL]/);
  });

  it('needs exactly ten random numbers', () => {
    expect(() => trackingCodeOf([1, 2, 3])).toThrow(RangeError);
  });

  it('reads a code as a person types it, and refuses what cannot be one', () => {
    expect(normaliseTrackingCode(' abcde stuvx ')).toBe('ABCDE-STUVX');
    expect(normaliseTrackingCode('ABCDESTUVX')).toBe('ABCDE-STUVX');
    expect(normaliseTrackingCode('ABCDE-STUV')).toBeNull();
    expect(normaliseTrackingCode('ABCDE-STUV0')).toBeNull();
  });
});
