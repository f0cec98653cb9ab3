// @ts-check
// The bench's arithmetic, pure: percentiles of one run, medians over rounds, ratios taken round by round,
// and the checks that fail a run. Tested in bench/test/stats.test.js.

/**
 * The p-th percentile (nearest rank) of sorted numbers, one decimal; null when there are none.
 * @param {number[]} sorted ascending
 * @param {number} p 0..100
 */
function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Number(sorted[Math.min(sorted.length, rank) - 1].toFixed(1));
}

/**
 * The median of numbers (the mean of the two middle ones for an even count); null when there are none.
 * @param {number[]} values
 */
function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One measurement from its latencies (ms) and counts.
 * @param {{ latencies: number[], seconds: number, errors: number }} run
 */
function summariseRun({ latencies, seconds, errors }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    completed: sorted.length,
    rps: Number((sorted.length / seconds).toFixed(1)),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
  };
}

/**
 * A row over its rounds: the median of each figure, the total of completed requests and errors.
 * @param {Array<ReturnType<typeof summariseRun>>} rounds
 */
function summariseRounds(rounds) {
  /** @param {'rps'|'p50'|'p95'|'p99'} key */
  const mid = (key) => {
    const m = median(rounds.map((r) => r[key] ?? NaN));
    return m === null ? null : Number(m.toFixed(1));
  };
  return {
    rps: mid('rps'),
    p50: mid('p50'),
    p95: mid('p95'),
    p99: mid('p99'),
    completed: rounds.reduce((s, r) => s + r.completed, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
  };
}

/**
 * A ratio taken in each round (the two targets measured minutes apart at most), then its median and range:
 * on a shared machine one round's ratio is noise, the median of five is not.
 * @param {Array<{ rps: number, p50: number|null }>} a rounds of the first target
 * @param {Array<{ rps: number, p50: number|null }>} b rounds of the second, in the same order
 * @param {'rps'|'p50'} key
 */
function ratioOverRounds(a, b, key) {
  const perRound = a
    .map((x, i) => {
      const top = x[key];
      const bottom = b[i]?.[key];
      return top != null && bottom ? top / bottom : NaN;
    })
    .filter((r) => Number.isFinite(r));
  if (!perRound.length) return null;
  const round2 = (/** @type {number} */ v) => Number(v.toFixed(2));
  return {
    median: round2(/** @type {number} */ (median(perRound))),
    min: round2(Math.min(...perRound)),
    max: round2(Math.max(...perRound)),
    rounds: perRound.map(round2),
  };
}

/**
 * Why a row fails the run, or null: a round with no completed request, or any error.
 * @param {{ workload: string, target: string, rounds: Array<{ completed: number, errors: number }> }} row
 */
function rowFailure(row) {
  const empty = row.rounds.findIndex((r) => r.completed === 0);
  if (empty >= 0) return `${row.workload} / ${row.target}: round ${empty + 1} completed no request`;
  const errors = row.rounds.reduce((s, r) => s + r.errors, 0);
  if (errors) return `${row.workload} / ${row.target}: ${errors} error${errors === 1 ? '' : 's'} (non-2xx, GraphQL errors or connection errors)`;
  return null;
}

/**
 * The order of targets in a round: rotated each round, so no target always runs first (warmest caches
 * of MariaDB, coolest CPU) or last.
 * @template T
 * @param {T[]} targets
 * @param {number} round from 0
 * @returns {T[]}
 */
function rotate(targets, round) {
  const k = targets.length ? round % targets.length : 0;
  return [...targets.slice(k), ...targets.slice(0, k)];
}

module.exports = { percentile, median, summariseRun, summariseRounds, ratioOverRounds, rowFailure, rotate };
