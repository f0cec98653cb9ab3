import type { Logger } from '../logger';
import type { WorkerPart } from './run-worker';

export interface PeriodicJobOptions {
  /** Names the job in the logs. */
  name: string;
  /** Milliseconds from the end of one run to the start of the next (the first runs at start). */
  everyMs: number;
  /** One run. What it throws is logged and the next run comes as usual. */
  run(): Promise<unknown>;
  logger: Logger;
}

/**
 * Work a process repeats on its own (a sweep of what fell due), as a part started and stopped with the
 * process. Runs never overlap: the next is scheduled when one ends. The timer never keeps the process
 * (or a test runner) alive, and `stop` waits for a run in flight, after which nothing runs again. Every
 * replica of a service runs its own: the work must be safe to do twice at once (a compare-and-set).
 */
export function periodicJob(options: PeriodicJobOptions): WorkerPart {
  const { name, everyMs, run, logger } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      timer = null;
      running = run().then(
        () => undefined,
        (error: unknown) => logger.warn({ err: error, job: name }, 'a periodic job failed; it runs again at its next turn'),
      );
      void running.then(() => {
        running = null;
        if (!stopped) schedule(everyMs);
      });
    }, delayMs);
    timer.unref();
  };
  return {
    start() {
      if (stopped || timer || running) return;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
