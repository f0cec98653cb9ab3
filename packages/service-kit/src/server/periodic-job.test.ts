import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createLogger } from '../logger';
import { periodicJob } from './periodic-job';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds (a loaded machine runs timers late), failing after 10 s. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('not in time');
    await sleep(5);
  }
}

/** A job named `sweep` running `run` every `everyMs`, and the lines its logger wrote. */
function sweepEvery(everyMs: number, run: () => Promise<unknown>) {
  const lines: string[] = [];
  const logger = createLogger('actions', 'info', false, { write: (line: string) => void lines.push(line) });
  return { job: periodicJob({ name: 'sweep', everyMs, logger, run }), lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('a periodic job', () => {
  it('runs at start, then again each interval after a run ends, never two runs at once', async () => {
    let inFlight = 0;
    let most = 0;
    const starts: number[] = [];
    const { job } = sweepEvery(20, async () => {
      starts.push(Date.now());
      inFlight += 1;
      most = Math.max(most, inFlight);
      await sleep(50); // longer than the interval
      inFlight -= 1;
    });
    job.start();
    job.start(); // a second start changes nothing
    await sleep(10);
    expect(starts).toHaveLength(1);
    await until(() => starts.length >= 3);
    await job.stop();
    expect(most).toBe(1);
    for (let i = 1; i < starts.length; i += 1) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(65);
  });

  it('logs a failed run and runs again at its next turn', async () => {
    let runs = 0;
    const { job, lines } = sweepEvery(10, async () => {
      runs += 1;
      if (runs === 1) throw new Error('database gone');
    });
    job.start();
    await until(() => runs >= 2);
    await job.stop();
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'warn',
        job: 'sweep',
        msg: 'a periodic job failed; it runs again at its next turn',
        err: expect.objectContaining({ message: 'database gone' }),
      }),
    ]);
  });

  it('stops after the run in flight, and nothing runs after', async () => {
    let runs = 0;
    let finished = false;
    const { job } = sweepEvery(5, async () => {
      runs += 1;
      await sleep(40);
      finished = true;
    });
    job.start();
    await until(() => runs === 1);
    await job.stop();
    expect(finished).toBe(true);
    await sleep(50);
    expect(runs).toBe(1);
    job.start(); // stopped is stopped
    await sleep(20);
    expect(runs).toBe(1);
  });

  it('stopped before its first run, never runs', async () => {
    let runs = 0;
    const { job } = sweepEvery(5, async () => void (runs += 1));
    job.start();
    await job.stop();
    await sleep(20);
    expect(runs).toBe(0);
  });

  it('keeps no process alive: one whose other work ends ends too, its next run a minute away', () => {
    const kit = JSON.stringify(join(__dirname, '..', '..', 'dist'));
    const script = `const kit = require(${kit});
      kit.periodicJob({ name: 'sweep', everyMs: 60000, logger: kit.createLogger('actions', 'silent', false), run: async () => console.log('ran') }).start();
      setTimeout(() => undefined, 200);`;
    const started = Date.now();
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('ran\n');
    expect(Date.now() - started).toBeLessThan(15000);
  });
});
