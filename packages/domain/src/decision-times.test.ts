import { decisionTimesOf, figuresByYear, launchTimesOf } from './decision-times';

const counts = (t: ReturnType<typeof decisionTimesOf>) => t.distribution.map((b) => b.count);

describe('time to decision', () => {
  it('is nothing without a decision', () => {
    expect(decisionTimesOf([])).toMatchObject({ decided: 0, medianDays: null, minDays: null, maxDays: null });
    expect(counts(decisionTimesOf([{ days: 10, count: 0 }]))).toEqual([0, 0, 0, 0, 0]);
  });

  it('takes the middle value of an odd count, whatever the order of the histogram', () => {
    const times = decisionTimesOf([
      { days: 200, count: 1 },
      { days: 40, count: 2 },
      { days: 30, count: 1 },
      { days: 400, count: 1 },
    ]);
    expect(times).toMatchObject({ decided: 5, medianDays: 40, minDays: 30, maxDays: 400 });
    expect(counts(times)).toEqual([1, 2, 0, 1, 1]);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(
      decisionTimesOf([
        { days: 31, count: 1 },
        { days: 90, count: 1 },
        { days: 91, count: 1 },
        { days: 365, count: 1 },
      ]),
    ).toMatchObject({
      decided: 4,
      medianDays: 90.5,
    });
    expect(
      decisionTimesOf([
        { days: 60, count: 2 },
        { days: 70, count: 2 },
      ]).medianDays,
    ).toBe(65);
    expect(
      decisionTimesOf([
        { days: 60, count: 3 },
        { days: 70, count: 1 },
      ]).medianDays,
    ).toBe(60);
  });

  it('bands each bound included: 30 and 31, 90 and 91, 180 and 181, 365 and 366', () => {
    const edges = [30, 31, 90, 91, 180, 181, 365, 366].map((days) => ({ days, count: 1 }));
    expect(decisionTimesOf(edges).distribution).toEqual([
      { fromDays: 0, toDays: 30, count: 1 },
      { fromDays: 31, toDays: 90, count: 2 },
      { fromDays: 91, toDays: 180, count: 2 },
      { fromDays: 181, toDays: 365, count: 2 },
      { fromDays: 366, toDays: null, count: 1 },
    ]);
  });
});

describe('time from approval to launch', () => {
  it('counts the Actions launched, with the same median, spread and bands', () => {
    const histogram = [
      { days: 45, count: 1 },
      { days: 10, count: 2 },
      { days: 200, count: 1 },
    ];
    const { decided, ...figures } = decisionTimesOf(histogram);
    expect(launchTimesOf(histogram)).toEqual({ launched: decided, ...figures });
    expect(launchTimesOf(histogram)).toMatchObject({ launched: 4, medianDays: 27.5, minDays: 10, maxDays: 200 });
    expect(launchTimesOf([])).toEqual({ launched: 0, medianDays: null, minDays: null, maxDays: null, distribution: decisionTimesOf([]).distribution });
  });
});

describe('figures by year', () => {
  it('answers each year with any count, oldest first, from its own part of the histogram', () => {
    const histogram = [
      { year: 2026, days: 100, count: 1 },
      { year: 2024, days: 20, count: 1 },
      { year: 2024, days: 40, count: 1 },
      { year: 2025, days: 10, count: 0 },
      { year: 2026, days: 300, count: 2 },
    ];
    expect(
      figuresByYear(histogram, launchTimesOf).map(({ year, launched, medianDays, minDays, maxDays }) => ({ year, launched, medianDays, minDays, maxDays })),
    ).toEqual([
      { year: 2024, launched: 2, medianDays: 30, minDays: 20, maxDays: 40 },
      { year: 2026, launched: 3, medianDays: 300, minDays: 100, maxDays: 300 },
    ]);
    expect(figuresByYear([], decisionTimesOf)).toEqual([]);
  });
});
