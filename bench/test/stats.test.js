const { describe, expect, it } = require('@jest/globals');
const { percentile, median, summariseRun, summariseRounds, ratioOverRounds, rowFailure, rotate } = require('../stats');

describe('the bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7.25], 95)).toBe(7.3);
    expect(percentile([], 50)).toBeNull();
  });

  it('takes medians of odd and even counts, ignoring what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('summarises a run from its latencies', () => {
    expect(summariseRun({ latencies: [30, 10, 20, 40], seconds: 2, errors: 1 })).toEqual({ completed: 4, rps: 2, p50: 20, p95: 40, p99: 40, errors: 1 });
    expect(summariseRun({ latencies: [], seconds: 3, errors: 0 })).toMatchObject({ completed: 0, rps: 0, p50: null });
  });

  it('summarises rounds by their medians and totals', () => {
    const rounds = [
      { completed: 10, rps: 10, p50: 5, p95: 9, p99: 9, errors: 0 },
      { completed: 30, rps: 30, p50: 1, p95: 2, p99: 3, errors: 2 },
      { completed: 20, rps: 20, p50: 3, p95: 4, p99: 5, errors: 0 },
    ];
    expect(summariseRounds(rounds)).toEqual({ rps: 20, p50: 3, p95: 4, p99: 5, completed: 60, errors: 2 });
  });

  it('takes a ratio round by round, not as the ratio of medians', () => {
    const ours = [{ rps: 10 }, { rps: 40 }, { rps: 30 }];
    const theirs = [{ rps: 10 }, { rps: 10 }, { rps: 30 }];
    // Per round: 1, 4, 1 → median 1, range 1–4 (the ratio of the medians would be 30/10 = 3).
    expect(ratioOverRounds(ours, theirs, 'rps')).toEqual({ median: 1, min: 1, max: 4, rounds: [1, 4, 1] });
    expect(ratioOverRounds([{ p50: 5 }], [{ p50: null }], 'p50')).toBeNull();
    expect(ratioOverRounds([{ rps: 5 }], [{ rps: 0 }], 'rps')).toBeNull();
  });

  it('fails a row that completed nothing in a round, or had any error', () => {
    const ok = { completed: 5, errors: 0 };
    expect(rowFailure({ workload: 'w', target: 't', rounds: [ok, ok] })).toBeNull();
    expect(rowFailure({ workload: 'w', target: 't', rounds: [ok, { completed: 0, errors: 0 }] })).toBe('w / t: round 2 completed no request');
    expect(rowFailure({ workload: 'w', target: 't', rounds: [ok, { completed: 3, errors: 1 }] })).toMatch(/^w \/ t: 1 error \(/);
  });

  it('rotates the order of targets each round', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(rotate([], 2)).toEqual([]);
  });
});
