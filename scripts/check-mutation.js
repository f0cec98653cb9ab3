#!/usr/bin/env node
// @ts-check
// `node scripts/check-mutation.js <workspace>...` (README "Tests", run by `.ci/run` after `npm test`): each
// scope's mutation score, held to its threshold. A scope whose workspace has not changed since its record
// (`reports/stryker-incremental-<name>.json`) was committed, in what Stryker's incremental run looks at (the
// mutated files, the test files, its configuration), answers from that record: an incremental run would
// reuse every result and only repeat the suite as its dry run (minutes for a service). A scope where one of
// those changed, or whose record is not committed, runs Stryker incrementally, which retests the mutants
// of the changed files and fails below the threshold.
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { basename, join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
/** What Stryker counts as detected, and as a valid mutant left undetected (README "Tests"). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** @param {string[]} args @param {string} cwd */
const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * The score a record holds: detected over valid mutants (compile and runtime errors, ignored mutants
 * left out), as Stryker reports it.
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} record
 */
function scoreOf(record) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(record.files)) {
    for (const { status } of file.mutants) {
      if (DETECTED.has(status)) detected += 1;
      else if (UNDETECTED.has(status)) undetected += 1;
    }
  }
  const valid = detected + undetected;
  return { detected, undetected, score: valid === 0 ? 100 : (100 * detected) / valid };
}

/**
 * What to do for one workspace: answer from its record, or run Stryker incrementally, and why.
 * @param {string} workspace a workspace folder, relative to `root`
 * @param {string} [root]
 * @returns {{ name: string, record: string } & ({ run: false, commit: string, score: number, detected: number, undetected: number, breakAt: number } | { run: true, why: string })}
 */
function decide(workspace, root = ROOT) {
  const name = basename(workspace);
  const record = join('reports', `stryker-incremental-${name}.json`);
  if (!existsSync(join(root, record))) return { name, record, run: true, why: `no record at ${record}` };
  let commit = '';
  try {
    commit = git(['log', '-1', '--format=%H', '--', record], root);
  } catch {
    // A repository with no commit yet, or no git: nothing to compare with.
  }
  if (!commit) return { name, record, run: true, why: `${record} is not committed` };
  const data = JSON.parse(readFileSync(join(root, record), 'utf8'));
  // What Stryker's incremental run looks at: the mutated files, the test files and its configuration.
  // A change elsewhere (a resolver, a fixture) would leave every result as the record has it.
  const mutated = new Set(Object.keys(data.files).map((file) => join(workspace, file)));
  const seen = (/** @type {string} */ path) => mutated.has(path) || path.endsWith('.test.ts') || basename(path) === 'stryker.config.mjs';
  const changed = [
    ...git(['diff', '--name-only', commit, '--', workspace], root).split('\n'),
    ...git(['status', '--porcelain', '--untracked-files=all', '--', workspace], root)
      .split('\n')
      .map((line) => line.slice(3)),
  ].filter((path) => path && seen(path));
  if (changed.length > 0) {
    const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, and ${changed.length - 5} more` : '');
    return { name, record, run: true, why: `${workspace} changed since its record (${shown})` };
  }
  return { name, record, run: false, commit, breakAt: data.thresholds.break, ...scoreOf(data) };
}

function main() {
  const workspaces = process.argv.slice(2);
  if (workspaces.length === 0) {
    console.error('usage: node scripts/check-mutation.js <workspace folder>...');
    process.exit(2);
  }
  let failed = false;
  for (const workspace of workspaces) {
    const decision = decide(workspace);
    if (decision.run) {
      console.log(`${decision.name}: ${decision.why}: Stryker runs incrementally`);
      const run = spawnSync('npx', ['stryker', 'run', '--incremental'], { cwd: join(ROOT, workspace), stdio: 'inherit' });
      if (run.status !== 0) failed = true;
      continue;
    }
    const { name, score, detected, undetected, breakAt, commit } = decision;
    const meets = score >= breakAt;
    console.log(
      `${name}: ${score.toFixed(2)}% (${detected} detected, ${undetected} undetected) from its record of ${commit.slice(0, 7)}, ` +
        `no mutated or test file of ${workspace} changed since: ${meets ? 'meets' : 'BELOW'} its ${breakAt}%`,
    );
    if (!meets) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();

module.exports = { decide, scoreOf };
