import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const API_SCHEMA = join(ROOT, 'packages', 'supergraph', 'api.graphql');

/** The examples' codegen, their build's first step, against `schema`, writing into a folder of its own. */
function codegen(schema: string): { status: number | null; stderr: string; generated: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'mieux-examples-'));
  try {
    writeFileSync(join(dir, 'api.graphql'), schema);
    const out = join(dir, 'gql') + '/';
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'client-codegen.js'), '--schema', join(dir, 'api.graphql'), '--out', out, 'operations/*.graphql'],
      { cwd: join(__dirname, '..'), encoding: 'utf8' },
    );
    return { status: result.status, stderr: result.stderr, generated: existsSync(join(out, 'graphql.ts')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the examples are typed against the public API schema', () => {
  const api = readFileSync(API_SCHEMA, 'utf8');

  it('generate their typed documents from api.graphql as it is', () => {
    expect(codegen(api)).toEqual({ status: 0, stderr: '', generated: true });
  }, 60_000);

  it('fail to build when a field they read leaves the schema (a breaking change), naming it and the document', () => {
    const broken = api.replace(/^ {2}launchTarget: Date!$/m, '  launchTargetOn: Date!');
    expect(broken).not.toBe(api);
    const result = codegen(broken);
    expect(result.status).toBe(1);
    expect(result.generated).toBe(false);
    expect(result.stderr).toMatch(/Cannot query field "launchTarget" on type "Action"/);
    expect(result.stderr).toMatch(/create-action\.graphql/);
  }, 60_000);
});
