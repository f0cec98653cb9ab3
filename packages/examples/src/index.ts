/** The README's example operations: their texts, and their typed documents and result types (src/gql, generated). */
export { EXAMPLE_FILES, exampleText, OPERATIONS_DIR, readExamples, type Example, type ExampleFile } from './examples';
export * from './gql/graphql';
