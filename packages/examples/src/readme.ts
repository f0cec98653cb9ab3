import type { Example } from './examples';

/**
 * A README block made from example documents: `<!-- examples: a b -->`, a GraphQL code block with the
 * documents of operations/a.graphql and operations/b.graphql, and `<!-- /examples -->`.
 */
const BLOCK = /<!-- examples: ([a-z0-9 -]+?) -->\n[\s\S]*?<!-- \/examples -->/g;
const FENCE = '```';

/** The example files each README block shows, in the README's order. */
export function readmeBlocks(readme: string): string[][] {
  return [...readme.matchAll(BLOCK)].map((m) => m[1].split(' '));
}

/** The README with every examples block written again from the documents; throws on a name that is no example. */
export function renderReadme(readme: string, examples: readonly Example[]): string {
  const byFile = new Map(examples.map((e) => [e.file as string, e.text]));
  return readme.replace(BLOCK, (_block, names: string) => {
    const texts = names.split(' ').map((name) => {
      const text = byFile.get(name);
      if (text === undefined) throw new Error(`The README shows an example "${name}" that packages/examples/operations does not have`);
      return text;
    });
    return `<!-- examples: ${names} -->\n${FENCE}graphql\n${texts.join('\n\n')}\n${FENCE}\n<!-- /examples -->`;
  });
}

/** How many GraphQL code blocks of the README are written by hand, outside the examples blocks. */
export function handWrittenGraphqlBlocks(readme: string): number {
  return readme.replace(BLOCK, '').split(`${FENCE}graphql`).length - 1;
}
