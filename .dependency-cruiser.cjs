/** The layers of the house (ARCHITECTURE.md): checked on every `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle makes two modules one; split what both need into a third.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'packages/domain is the MIEUX model: it imports nothing of ours and no I/O library.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: {
        path: [
          '^packages/(?!domain/)',
          '^apps/',
          'node_modules/(typeorm|mysql2|sql\\.js|@apollo|graphql|pino|dataloader)/',
          '^(fs|net|http|https|child_process)$',
        ],
      },
    },
    {
      name: 'events-are-facts',
      comment: 'packages/events is the contract between services: event types and payload schemas (zod), nothing of ours and no I/O.',
      severity: 'error',
      from: { path: '^packages/events/src' },
      to: {
        path: [
          '^packages/(?!events/)',
          '^apps/',
          'node_modules/(typeorm|mysql2|sql\\.js|@apollo|graphql|pino|dataloader|@nats-io)/',
          '^(fs|net|http|https|child_process)$',
        ],
      },
    },
    {
      name: 'no-app-imports-another-app',
      comment: 'A service asks another through the graph, never through its code.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'packages-through-their-entry',
      comment: 'Apps use a package through its public entry (its dist index or a declared subpath), not its insides.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^packages/[^/]+/src/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood, loaded or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'packages-do-not-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
  },
};
