import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** Where the example documents live, one operation per `.graphql` file. */
export const OPERATIONS_DIR = join(__dirname, '..', 'operations');

/**
 * The README's example operations (file names under operations/, without `.graphql`), in the order
 * a reader meets them there: the order of the landing page's tabs too.
 */
export const EXAMPLE_FILES = [
  'check-eligibility',
  'submit-expression-of-interest',
  'record-official-request',
  'create-action',
  'candidate-experts',
  'invite-expert',
  'portfolio-africa',
  'my-institution',
  'override-eligibility',
  'schedule-activity-draft',
  'my-invitations',
  'respond-to-invitation',
  'decision-times',
  'request-revision',
  'open-evaluation',
  'answer-evaluation',
  'actions-page',
] as const;
export type ExampleFile = (typeof EXAMPLE_FILES)[number];

export interface Example {
  file: ExampleFile;
  /** The operation's name, as its typed document is named (`CheckEligibility` → `CheckEligibilityDocument`). */
  name: string;
  /** The document as written in its file, and so in the README. */
  text: string;
}

/** The one operation of a document; throws when it holds another number of definitions or no name. */
function operationOf(text: string, file: string): OperationDefinitionNode {
  const definitions = parse(text).definitions;
  const operation = definitions[0];
  if (definitions.length !== 1 || operation.kind !== Kind.OPERATION_DEFINITION || !operation.name)
    throw new Error(`operations/${file}.graphql must hold exactly one named operation`);
  return operation;
}

/** Every example, read from its file. */
export function readExamples(): Example[] {
  return EXAMPLE_FILES.map((file) => {
    const text = readFileSync(join(OPERATIONS_DIR, `${file}.graphql`), 'utf8').trim();
    return { file, name: operationOf(text, file).name!.value, text };
  });
}

/** The text of the example a typed document was generated from, to send it as the README shows it. */
export function exampleText(document: DocumentNode): string {
  const definition = document.definitions[0];
  const name = definition.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined;
  const example = readExamples().find((e) => e.name === name);
  if (!example) throw new Error(`No example operation is named ${name ?? '(anonymous)'}`);
  return example.text;
}
