import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATEWAY, NODE_OPTIONS, SUBGRAPH_NAMES } from '@mieux/service-kit/registry';
import { readInfra, renderOverlay } from './checks';

// Every way a process of the graph starts runs it with the registry's V8 options; the deployed ones in
// production mode too (graphql-js's production build, no landing page, no development defaults).
describe('how the processes start', () => {
  it('the image runs in production with the registry’s NODE_OPTIONS', () => {
    const env = /^ENV (.*)$/m.exec(readInfra('docker', 'Dockerfile'))![1];
    expect(env).toContain('NODE_ENV=production');
    expect(env).toContain(`NODE_OPTIONS=${NODE_OPTIONS}`);
  });

  it('compose runs every service so', () => {
    const compose = parse(readInfra('compose.yaml'), { merge: true }) as { services: Record<string, { environment?: Record<string, string> }> };
    for (const name of [GATEWAY.name, ...SUBGRAPH_NAMES]) {
      expect({ name, ...compose.services[name].environment }).toMatchObject({ name, NODE_ENV: 'production', NODE_OPTIONS });
    }
  });

  it.each(['dev', 'prod'])('Kubernetes (%s) runs every service so', (overlay) => {
    const config = renderOverlay(overlay).find((m) => m.kind === 'ConfigMap' && String(m.metadata.name).startsWith('mieux-config'));
    expect(config?.data).toMatchObject({ NODE_ENV: 'production', NODE_OPTIONS });
  });

  it('npm start -w apps/<service> passes the same options to node', () => {
    for (const name of [GATEWAY.name, ...SUBGRAPH_NAMES]) {
      const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'apps', name, 'package.json'), 'utf8')) as { scripts: { start: string } };
      expect(pkg.scripts.start).toBe(`exec node ${NODE_OPTIONS} dist/main.js`);
    }
  });
});
