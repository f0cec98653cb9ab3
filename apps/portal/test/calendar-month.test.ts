import { byWeek, monthOf, monthWindow, shiftMonth, weeksOf } from '../src/pages/calendar/month';

/** The calendar's months and the weeks its agenda is grouped by, across years and at the month's edges. */
describe('the calendar’s months', () => {
  it('reads the month of the address, or the current one when it is not a month', () => {
    expect(monthOf('2027-01', '2026-12-06')).toBe('2027-01');
    for (const wrong of [null, '', '2027-13', '2027-1', 'January']) expect(monthOf(wrong, '2026-12-06')).toBe('2026-12');
  });

  it('moves across years and ends each month on its last day (leap years too)', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(monthWindow('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthWindow('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('cuts the month into weeks from Monday to Sunday, the first and last at the month’s edges', () => {
    // 1 December 2026 is a Tuesday; 31 December a Thursday.
    expect(weeksOf('2026-12')).toEqual([
      { from: '2026-12-01', to: '2026-12-06' },
      { from: '2026-12-07', to: '2026-12-13' },
      { from: '2026-12-14', to: '2026-12-20' },
      { from: '2026-12-21', to: '2026-12-27' },
      { from: '2026-12-28', to: '2026-12-31' },
    ]);
  });

  it('puts each activity in the week it starts, one begun the month before in the first', () => {
    const weeks = byWeek('2026-12', [
      { id: 'before', startsOn: '2026-11-30' },
      { id: 'sunday', startsOn: '2026-12-06' },
      { id: 'monday', startsOn: '2026-12-07' },
      { id: 'last', startsOn: '2026-12-31' },
    ]);
    expect(weeks.map((w) => w.items.map((i) => i.id))).toEqual([['before', 'sunday'], ['monday'], [], [], ['last']]);
  });
});
