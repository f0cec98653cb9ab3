// Copies a subgraph's schema.graphql next to its compiled code, so dist/ runs on its own.
const { copyFileSync } = require('node:fs');
copyFileSync('src/schema.graphql', 'dist/schema.graphql');
