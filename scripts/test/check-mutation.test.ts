import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run';

// The script decides from git history, so each test builds a small repository of its own: a workspace,
// its record, and the script itself at scripts/ (its root is the folder above it).
interface Repository {
  root: string;
  write(path: string, text: string): void;
  commit(message: string): void;
  check(...workspaces: string[]): { code: number | null; output: string };
  decide(workspace: string): Record<string, unknown>;
}

const repositories: string[] = [];
afterAll(() => repositories.forEach((root) => rmSync(root, { recursive: true, force: true })));

function repository(): Repository {
  const root = mkdtempSync(join(tmpdir(), 'check-mutation-'));
  repositories.push(root);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@mieux.test', '-c', 'user.name=CI', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(ROOT, 'scripts', 'check-mutation.js'), join(root, 'scripts', 'check-mutation.js'));
  const script = join(root, 'scripts', 'check-mutation.js');
  return {
    root,
    write(path, text) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    check(...workspaces) {
      const run = spawnSync('node', [script, ...workspaces], { cwd: root, encoding: 'utf8' });
      return { code: run.status, output: run.stdout + run.stderr };
    },
    decide(workspace) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require(script).decide(workspace, root);
    },
  };
}

/** A record as Stryker writes it, with mutants of the given statuses. */
const record = (statuses: string[], breakAt = 80) =>
  JSON.stringify({
    schemaVersion: '2',
    thresholds: { high: breakAt + 5, low: breakAt, break: breakAt },
    files: { 'src/rules.ts': { language: 'typescript', source: 'x', mutants: statuses.map((status, id) => ({ id: String(id), status })) } },
    testFiles: {},
  });

describe('node scripts/check-mutation.js (CI’s mutation scores)', () => {
  it('answers from the record when nothing in the workspace changed since it was committed, and counts as Stryker does', () => {
    const repo = repository();
    repo.write('packages/rules/src/rules.ts', 'export const a = 1;\n');
    // 8 detected (killed or timed out) of 10 valid; compile errors, runtime errors and ignored mutants are not valid.
    const statuses = [...Array(7).fill('Killed'), 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];
    repo.write('reports/stryker-incremental-rules.json', record(statuses));
    repo.commit('rules and their record');
    // A change elsewhere in the repository, or in a file of the workspace that Stryker neither mutates
    // nor runs as a test, leaves every result of an incremental run as the record has it.
    repo.write('apps/other/src/rules.ts', 'export const b = 2;\n');
    repo.write('packages/rules/src/resolvers.ts', 'export const c = 3;\n');
    repo.write('packages/rules/test/fixtures.ts', 'export const d = 4;\n');
    repo.commit('other files');

    const { code, output } = repo.check('packages/rules');
    expect(code).toBe(0);
    expect(output).toMatch(
      /^rules: 80\.00% \(8 detected, 2 undetected\) from its record of [0-9a-f]{7}, no mutated or test file of packages\/rules changed since: meets its 80%/,
    );
  });

  it('fails when the record holds a score below the threshold', () => {
    const repo = repository();
    repo.write('packages/rules/src/rules.ts', 'export const a = 1;\n');
    repo.write('reports/stryker-incremental-rules.json', record(['Killed', 'Killed', 'Killed', 'Survived'], 90));
    repo.commit('rules and a weak record');

    const { code, output } = repo.check('packages/rules');
    expect(code).toBe(1);
    expect(output).toContain('rules: 75.00% (3 detected, 1 undetected)');
    expect(output).toContain('BELOW its 90%');
  });

  it('runs Stryker when a mutated file, a test file or its configuration changed after the record, committed or not, or the record is new', () => {
    const repo = repository();
    repo.write('packages/rules/src/rules.ts', 'export const a = 1;\n');
    expect(repo.decide('packages/rules')).toEqual({
      name: 'rules',
      record: 'reports/stryker-incremental-rules.json',
      run: true,
      why: 'no record at reports/stryker-incremental-rules.json',
    });
    repo.write('reports/stryker-incremental-rules.json', record(['Killed']));
    expect(repo.decide('packages/rules')).toMatchObject({ run: true, why: 'reports/stryker-incremental-rules.json is not committed' });
    repo.commit('rules and their record');
    expect(repo.decide('packages/rules')).toMatchObject({ run: false, score: 100 });

    repo.write('packages/rules/src/rules.ts', 'export const a = 2;\n');
    repo.commit('a rule changed, its record not refreshed');
    expect(repo.decide('packages/rules')).toMatchObject({ run: true, why: 'packages/rules changed since its record (packages/rules/src/rules.ts)' });

    const again = repository();
    again.write('packages/rules/src/rules.ts', 'export const a = 1;\n');
    again.write('reports/stryker-incremental-rules.json', record(['Killed']));
    again.commit('rules and their record');
    again.write('packages/rules/test/new.test.ts', 'it("is new", () => {});\n');
    expect(again.decide('packages/rules')).toMatchObject({ run: true, why: 'packages/rules changed since its record (packages/rules/test/new.test.ts)' });
    again.commit('a new test');
    again.write('reports/stryker-incremental-rules.json', record(['Killed', 'Survived']));
    again.commit('its record refreshed');
    again.write('packages/rules/stryker.config.mjs', 'export default {};\n');
    expect(again.decide('packages/rules')).toMatchObject({ run: true, why: 'packages/rules changed since its record (packages/rules/stryker.config.mjs)' });
  });
});
