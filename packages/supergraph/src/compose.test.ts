import { existsSync, readFileSync } from 'node:fs';
import { composeSupergraph, DEPLOYMENT_COPY, SUPERGRAPH_FILE } from './compose';

describe('the supergraph', () => {
  const composition = composeSupergraph();

  it('composes every subgraph schema without errors', () => {
    expect(composition.errors).toEqual([]);
    expect(composition.subgraphs.length).toBeGreaterThan(0);
  });

  it('is committed as composed (run `npm run compose` after changing a schema)', () => {
    expect(existsSync(SUPERGRAPH_FILE)).toBe(true);
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composition.supergraphSdl);
  });

  it('is the one the Kubernetes base deploys', () => {
    expect(readFileSync(DEPLOYMENT_COPY, 'utf8')).toBe(composition.supergraphSdl);
  });
});
