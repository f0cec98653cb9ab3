import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** Whether nothing listens on the port, and where `npm start` places each process: the checks it makes. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { portIsFree, placeServices, LAST_OFFSET } = require('../lib/services') as {
  portIsFree(port: number): Promise<boolean>;
  placeServices(portBase: number): { name: string; port: number }[];
  LAST_OFFSET: number;
};

/** The first port the system hands out to outgoing connections: a port at or above it may be taken by one at any moment. */
export function firstEphemeralPort(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

/**
 * A PORT_BASE whose every port `npm start` takes is free, below the ephemeral range: `npm start` checks its ports
 * first and binds the last ones minutes later, once the graph is up, and an outgoing connection (a test's database
 * client) could take one of them in between.
 */
export async function freePortBase(): Promise<number> {
  const choices = Math.floor((firstEphemeralPort() - LAST_OFFSET - 10_000) / 100);
  for (;;) {
    const base = 10_000 + Math.floor(Math.random() * choices) * 100;
    const free = await Promise.all(placeServices(base).map(({ port }) => portIsFree(port)));
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
