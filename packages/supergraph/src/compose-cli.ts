import { writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, apiSchemaOf } from './api-schema';
import { composeSupergraph, DEPLOYMENT_COPY, SUPERGRAPH_FILE } from './compose';

// `npm run compose`: writes the supergraph when the subgraphs compose, prints every error otherwise.
const composition = composeSupergraph();
if (!composition.supergraphSdl) {
  process.stderr.write(`Composition failed:\n${composition.errors.map((e) => `- ${e}`).join('\n')}\n`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, composition.supergraphSdl);
writeFileSync(DEPLOYMENT_COPY, composition.supergraphSdl);
writeFileSync(API_SCHEMA_FILE, apiSchemaOf(composition.supergraphSdl));
process.stdout.write(`Composed ${composition.subgraphs.join(', ')} into ${SUPERGRAPH_FILE} and its API schema ${API_SCHEMA_FILE}\n`);
