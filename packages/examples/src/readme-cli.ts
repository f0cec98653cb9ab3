import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExamples } from './examples';
import { renderReadme } from './readme';

// `npm run readme -w packages/examples`: writes the README's example blocks from operations/*.graphql.
const README = join(__dirname, '..', '..', '..', 'README.md');
const before = readFileSync(README, 'utf8');
const after = renderReadme(before, readExamples());
if (after !== before) writeFileSync(README, after);
process.stdout.write(
  after === before ? 'README.md: the examples were already up to date\n' : 'README.md: examples written from packages/examples/operations\n',
);
