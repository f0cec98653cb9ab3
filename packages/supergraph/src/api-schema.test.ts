import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_SCHEMA_FILE, apiSchemaOf, CHANGELOG_FILE, checkApiSchema, recordedPaths, RELEASED_API_SCHEMA_FILE } from './api-schema';
import { SUPERGRAPH_FILE } from './compose';

const read = (path: string) => readFileSync(path, 'utf8');
const FIXTURE = join(__dirname, '..', 'test', 'fixtures', 'breaking');

describe('the public API schema', () => {
  it('is committed as computed from the supergraph (run `npm run compose` after changing a schema)', () => {
    expect(read(API_SCHEMA_FILE)).toBe(apiSchemaOf(read(SUPERGRAPH_FILE)));
  });

  it('carries no federation machinery and no @inaccessible field', () => {
    const api = read(API_SCHEMA_FILE);
    expect(api).not.toMatch(/join__|link__|@link|@inaccessible|_entities|_service\b|busyExpertIds|deployedExpertIds/);
    expect(api).toMatch(/type Action \{/);
  });

  it('has no unrecorded breaking change since the last release (npm run schema:check)', async () => {
    const check = await checkApiSchema({ released: read(RELEASED_API_SCHEMA_FILE), current: read(API_SCHEMA_FILE), changelog: read(CHANGELOG_FILE) });
    expect(check.unrecorded.map((c) => c.path)).toEqual([]);
  });
});

describe('npm run schema:check', () => {
  const run = (changelog: string) =>
    spawnSync(
      process.execPath,
      [
        join(__dirname, '..', 'dist', 'schema-check-cli.js'),
        '--released',
        join(FIXTURE, 'released.graphql'),
        '--current',
        join(FIXTURE, 'current.graphql'),
        '--changelog',
        join(FIXTURE, changelog),
      ],
      { encoding: 'utf8' },
    );

  it('fails on a breaking change the Unreleased section does not name, and names it', () => {
    // As a developer types it, from the repository's root (npm passes the paths on to the command).
    const result = spawnSync(
      'npm',
      [
        'run',
        'schema:check',
        '--',
        '--released',
        join(FIXTURE, 'released.graphql'),
        '--current',
        join(FIXTURE, 'current.graphql'),
        '--changelog',
        join(FIXTURE, 'CHANGELOG.md'),
      ],
      { cwd: join(__dirname, '..', '..', '..'), encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not recorded in CHANGELOG\.md/);
    expect(result.stderr).toMatch(/Action\.reference/);
    expect(result.stderr).not.toMatch(/Action\.title/);
  });

  it('passes once the breaking change is recorded under Unreleased', () => {
    const result = run('CHANGELOG.recorded.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 breaking/);
  });

  it('reads only the Unreleased section', () => {
    expect([...recordedPaths(read(join(FIXTURE, 'CHANGELOG.md')))]).toEqual(['Action.title']);
  });
});
