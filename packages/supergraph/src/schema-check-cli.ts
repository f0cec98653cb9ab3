import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_SCHEMA_FILE, CHANGELOG_FILE, checkApiSchema, RELEASED_API_SCHEMA_FILE } from './api-schema';

// `npm run schema:check`: the API schema against the last released one; exit 1 on a breaking change
// that the changelog's Unreleased section does not name. Paths can be given for other files:
// `npm run schema:check -- --released <file> --current <file> --changelog <file>`.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { released: { type: 'string' }, current: { type: 'string' }, changelog: { type: 'string' } } });
  // Paths given are read from where the command was typed (npm runs this in the workspace's folder).
  const read = (path: string) => readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8');
  const check = await checkApiSchema({
    released: read(values.released ?? RELEASED_API_SCHEMA_FILE),
    current: read(values.current ?? API_SCHEMA_FILE),
    changelog: read(values.changelog ?? CHANGELOG_FILE),
  });
  const line = (c: (typeof check.changes)[number]) => `  ${c.criticality.level} ${c.path ?? ''}: ${c.message}`;
  process.stdout.write(`API schema: ${check.changes.length} change(s) since the last release, ${check.breaking.length} breaking\n`);
  for (const change of check.breaking) process.stdout.write(`${line(change)}\n`);
  if (check.unrecorded.length > 0) {
    process.stderr.write(
      `Breaking change(s) not recorded in CHANGELOG.md (name each path in backticks under "## Unreleased"):\n${check.unrecorded.map(line).join('\n')}\n`,
    );
    process.exit(1);
  }
}

void main();
