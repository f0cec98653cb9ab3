import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_FILES, OPERATIONS_DIR, readExamples } from '../src/examples';
import { handWrittenGraphqlBlocks, readmeBlocks, renderReadme } from '../src/readme';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe("the README's GraphQL examples", () => {
  it('are the documents of packages/examples/operations, as written there (npm run readme -w packages/examples)', () => {
    expect(README).toBe(renderReadme(README, readExamples()));
  });

  it('show every example once, in the order of EXAMPLE_FILES, and no GraphQL block written by hand', () => {
    expect(readmeBlocks(README).flat()).toEqual([...EXAMPLE_FILES]);
    expect(handWrittenGraphqlBlocks(README)).toBe(0);
  });

  it('leave no document of operations/ out of the list', () => {
    const files = readdirSync(OPERATIONS_DIR).map((f) => f.replace(/\.graphql$/, ''));
    expect(files.sort()).toEqual([...EXAMPLE_FILES].sort());
  });

  it('each hold one operation, with a name of its own', () => {
    const names = readExamples().map((e) => e.name);
    expect(new Set(names).size).toBe(EXAMPLE_FILES.length);
  });
});

describe('writing the README', () => {
  const example = { file: 'actions-page' as const, name: 'ActionsPage', text: 'query ActionsPage { actions { totalCount } }' };

  it('rewrites what lies between the markers and nothing else', () => {
    const readme = 'Intro\n\n<!-- examples: actions-page -->\n```graphql\nquery Old { old }\n```\n<!-- /examples -->\n\nAfter ```graphql x```\n';
    expect(renderReadme(readme, [example])).toBe(
      'Intro\n\n<!-- examples: actions-page -->\n```graphql\nquery ActionsPage { actions { totalCount } }\n```\n<!-- /examples -->\n\nAfter ```graphql x```\n',
    );
    expect(handWrittenGraphqlBlocks(readme)).toBe(1);
  });

  it('refuses a block that names an example with no document', () => {
    expect(() => renderReadme('<!-- examples: actions-page gone -->\n<!-- /examples -->', [example])).toThrow(/"gone"/);
  });
});
