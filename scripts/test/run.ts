import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** A command run as a developer runs it, in its own process group, its output kept line by line. */
export interface Run {
  child: ChildProcess;
  output(): string;
  stdout(): string;
  /** Resolves with the first match of the pattern (that `accept` accepts) in the output so far or to come. */
  waitFor(pattern: RegExp, timeoutMs?: number, accept?: (match: RegExpMatchArray) => boolean): Promise<RegExpMatchArray>;
  /** The exit code (a signal counts as null). */
  exited: Promise<number | null>;
  /** Sends a signal to the whole process group: the command and everything it started. */
  signalGroup(signal: NodeJS.Signals): void;
}

const running = new Set<Run>();

/** Kills what the commands run so far left running (a failed test must not leave a graph behind). */
export function killLeftovers(): void {
  for (const run of running) run.signalGroup('SIGKILL');
  running.clear();
}

export function runCommand(command: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let all = '';
  let out = '';
  const listeners = new Set<() => void>();
  const add = (chunk: Buffer, stdout: boolean) => {
    all += chunk.toString();
    if (stdout) out += chunk.toString();
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', (chunk: Buffer) => add(chunk, true));
  child.stderr.on('data', (chunk: Buffer) => add(chunk, false));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const run: Run = {
    child,
    output: () => all,
    stdout: () => out,
    exited,
    signalGroup: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    },
    waitFor: (pattern, timeoutMs = 180_000, accept = () => true) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = [...all.matchAll(new RegExp(pattern, 'g'))].find(accept);
          if (!match) return false;
          finish();
          resolve(match);
          return true;
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no ${pattern} after ${timeoutMs} ms:\n${all}`));
        }, timeoutMs);
        const gone = () => {
          if (!check()) {
            finish();
            reject(new Error(`exited without ${pattern}:\n${all}`));
          }
        };
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', gone);
        };
        if (check()) return;
        listeners.add(check);
        child.once('exit', gone);
      }),
  };
  running.add(run);
  return run;
}

/** Whether nothing listens on the port: the check `npm start` makes. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { portIsFree } = require('../lib/services') as { portIsFree(port: number): Promise<boolean> };

/** A PORT_BASE whose seven ports are free. */
export async function freePortBase(): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 400) * 100;
    // The gateway, the four subgraphs, the portal and the portfolio.
    const free = await Promise.all([0, 1, 2, 3, 4, 5, 7].map((offset) => portIsFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
}

/** Whether a process of that id is alive. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the condition holds, or rejects after the time is up. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
