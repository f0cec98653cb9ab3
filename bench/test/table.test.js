const { describe, expect, it } = require('@jest/globals');
const { goals, renderTable, replaceTable, START, END } = require('../table');

const round = (rps, p50, p95) => ({ completed: rps * 3, rps, p50, p95, p99: p95, errors: 0 });
const row = (workload, headline, target, rounds) => ({ workload, headline, target, rounds, summary: require('../stats').summariseRounds(rounds) });

const scale10 = {
  scale: 10,
  counts: { Actions: 1090, experts: 3400 },
  rows: [
    row('explorer, varied', 'explorer', 'ours', [round(30, 200, 300), round(20, 300, 400), round(40, 100, 150)]),
    row('explorer, varied', 'explorer', 'hive', [round(10, 600, 900), round(20, 300, 500), round(10, 500, 800)]),
    row('explorer, varied', 'explorer', 'direct SQL', [round(60, 100, 150), round(60, 100, 150), round(60, 100, 150)]),
    row('portfolio, all', 'portfolio-all', 'ours', [round(300, 20, 40), round(300, 20, 45), round(300, 20, 60)]),
    row('matching', 'matching', 'ours', [round(300, 20, 30), round(300, 20, 30), round(300, 20, 30)]),
    row('actions subgraph alone', undefined, 'actions', [round(50, 100, 2000)]),
  ],
};

describe('the README’s Performance table', () => {
  it('states each goal with the median of per-round ratios, its range, and whether it is met', () => {
    expect(goals(scale10)).toEqual([
      { goal: 'explorer p50, ours / direct SQL', target: '≤ ×2', measured: '×2 (rounds ×1–×3)', met: true },
      { goal: 'explorer throughput, ours / Hive Gateway', target: '≥ ×2', measured: '×3 (rounds ×1–×4)', met: true },
      { goal: 'portfolio, all, with slices: p95', target: '≤ 50 ms', measured: '45 ms', met: true },
      { goal: 'matching through the gateway: p95', target: '≤ 25 ms', measured: '30 ms', met: false },
    ]);
  });

  it('says "not measured" when a row is missing, and never counts that as met', () => {
    expect(goals({ scale: 1, rows: [] }).every((g) => g.measured === 'not measured' && !g.met)).toBe(true);
  });

  it('renders every row, the largest scale first, with the run’s conditions', () => {
    const table = renderTable(
      {
        date: '2026-12-05T02:30:00.000Z',
        node: 'v24.1.0',
        cpus: 2,
        loadAverage: { start: [0.4], end: [2.1] },
        rounds: 5,
        durationSeconds: 3,
        connections: 10,
        scales: [{ scale: 1, rows: [] }, scale10],
      },
      'bench/results/x.json',
    );
    expect(table).toContain('Latest run: 2026-12-05 02:30 UTC, Node v24.1.0, 2 cores, load average 0.4 at the start and 2.1 at the end; 5 rounds of 3 s');
    expect(table.indexOf('**Scale 10** (1,090 Actions, 3,400 experts)')).toBeLessThan(table.indexOf('**Scale 1**'));
    expect(table).toContain('| explorer, varied | 30 req/s, p50 200 ms, p95 300 ms | 10 req/s, p50 500 ms, p95 800 ms | 60 req/s, p50 100 ms, p95 150 ms |');
    expect(table).toContain('| actions subgraph alone | 50 req/s, p50 100 ms, p95 2,000 ms (subgraph) | | |');
    expect(table).toContain('| matching through the gateway: p95 | ≤ 25 ms | 30 ms | no |');
  });

  it('says when the run failed its checks, and why, above the figures', () => {
    const report = { date: '2026-12-05T02:30:00.000Z', node: 'v24.1.0', cpus: 2, rounds: 5, durationSeconds: 3, connections: 10, scales: [scale10] };
    expect(renderTable(report, 'bench/results/x.json')).not.toContain('failed');
    const table = renderTable({ ...report, failures: ['scale 10: explorer, varied / hive: round 2 completed no request'] }, 'bench/results/x.json');
    expect(table).toContain(
      '**This run failed its checks** (its figures are shown as measured):\n\n- scale 10: explorer, varied / hive: round 2 completed no request',
    );
    expect(table.indexOf('failed its checks')).toBeLessThan(table.indexOf('**Scale 10**'));
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `# R\n\n${START}\nold\n${END}\n\n## Next\n`;
    expect(replaceTable(readme, 'new')).toBe(`# R\n\n${START}\nnew\n${END}\n\n## Next\n`);
    expect(() => replaceTable('# R\n', 'new')).toThrow(/no <!-- bench:start/);
  });
});
