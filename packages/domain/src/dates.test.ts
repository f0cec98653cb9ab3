import { addCalendarMonths, isIsoDate, rangesOverlap } from './dates';

describe('calendar dates', () => {
  it.each(['2026-00-10', '2026-01-00', ' 2026-01-10', '2026-01-10T00:00', 'x2026-01-10', '2026-1-10'])('%p is not one', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('keep four-digit years', () => {
    expect(addCalendarMonths('0800-01-31', 1)).toBe('0800-02-29');
  });

  it('overlap when either range starts on the day the other ends, in either order', () => {
    const early = { from: '2026-01-01', to: '2026-01-05' };
    expect(rangesOverlap({ from: '2026-01-05', to: '2026-01-09' }, early)).toBe(true);
    expect(rangesOverlap(early, { from: '2026-01-05', to: '2026-01-09' })).toBe(true);
    expect(rangesOverlap({ from: '2026-01-06', to: '2026-01-09' }, early)).toBe(false);
    expect(rangesOverlap(early, { from: '2026-01-06', to: '2026-01-09' })).toBe(false);
  });
});
