export { composeSupergraph, SUBGRAPHS, SUPERGRAPH_FILE, type Composition } from './compose';
