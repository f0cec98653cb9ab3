import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from '@mieux/service-kit/registry';

/** The subgraphs in the order the gateway lists them, with their local routing URLs. */
export { SUBGRAPHS };

/** Where the committed supergraph lives, inside this package. */
export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

/** The copy the Kubernetes base turns into the gateway's ConfigMap (kustomize reads only inside its folder). */
export const DEPLOYMENT_COPY = join(REPOSITORY_ROOT, 'infra', 'k8s', 'base', 'supergraph.graphql');

export interface Composition {
  subgraphs: string[];
  supergraphSdl: string | null;
  errors: string[];
  hints: string[];
}

/**
 * Composes every subgraph that has a `src/schema.graphql` under apps/ into a supergraph with
 * @apollo/composition (the same library rover uses), with local routing URLs; the gateway
 * overrides them per environment with <SERVICE>_URL.
 */
export function composeSupergraph(root = REPOSITORY_ROOT): Composition {
  const present = SUBGRAPHS.filter(({ name }) => existsSync(schemaPath(root, name)));
  if (present.length === 0) return { subgraphs: [], supergraphSdl: null, errors: ['no subgraph schema found under apps/'], hints: [] };
  const result = composeServices(
    present.map(({ name, port }) => ({
      name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(readFileSync(schemaPath(root, name), 'utf8')),
    })),
  );
  return {
    subgraphs: present.map((s) => s.name),
    supergraphSdl: result.errors ? null : `${result.supergraphSdl.trimEnd()}\n`,
    errors: (result.errors ?? []).map((e) => e.message),
    hints: (result.hints ?? []).map((h) => h.toString()),
  };
}

function schemaPath(root: string, name: string): string {
  return join(root, 'apps', name, 'src', 'schema.graphql');
}
