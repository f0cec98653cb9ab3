// What every workspace's Stryker configuration shares (`npm run test:mutation`, README "Tests").
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The Stryker options for one scope: `mutate` lists the rule-bearing files (or line ranges) of the
 * workspace in the current directory; below `breakAt` percent the run fails. Stryker runs the
 * workspace's own Jest tests in a copy of the workspace, so the shared Jest preset (which the
 * workspace's jest.config.js reaches by a relative path) is read here and handed over whole.
 */
export function strykerConfig({ name, mutate, breakAt }) {
  const workspace = process.cwd();
  const toRoot = (path) => relative(workspace, join(ROOT, path));
  const jest = createRequire(join(workspace, 'package.json'))('./jest.config.js');
  // Coverage settings are left out: Stryker measures its own.
  const { collectCoverageFrom: _from, coverageReporters: _reporters, coverageThreshold: _threshold, ...jestConfig } = jest;
  return {
    testRunner: 'jest',
    jest: { projectType: 'custom', configFile: 'package.json', config: jestConfig, enableFindRelatedTests: true },
    checkers: ['typescript'],
    tsconfigFile: 'tsconfig.json',
    typescriptChecker: { prioritizePerformanceOverAccuracy: true },
    coverageAnalysis: 'perTest',
    mutate,
    ignorePatterns: ['coverage', 'jest.config.js', 'stryker.config.mjs'],
    concurrency: 2,
    thresholds: { high: Math.min(100, breakAt + 5), low: breakAt, break: breakAt },
    incrementalFile: toRoot(`reports/stryker-incremental-${name}.json`),
    reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
    htmlReporter: { fileName: toRoot(`reports/mutation/${name}.html`) },
    jsonReporter: { fileName: toRoot(`reports/mutation/${name}.json`) },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    // Beyond Jest's own 30 s per test: a mutant that makes a test hang fails that test (killed), and a run
    // that is only slow (a test database created and migrated on shared, loaded cores) is not counted as
    // a timeout, nor is the run after a timeout, which starts a fresh Jest.
    timeoutMS: 40000,
  };
}
