import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('the gateway process', () => {
  it('loads no database driver: it uses the kit through its light subpaths only', () => {
    const script = `require(${JSON.stringify(join(__dirname, '..', 'dist', 'gateway-server.js'))});
      console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules\\/(typeorm|mysql2|sql\\.js)\\//.test(k))));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded).toEqual([]);
  });
});

describe('the gateway and third parties', () => {
  it("turns Apollo's usage data collection off before the gateway starts (it probes cloud metadata addresses)", () => {
    const script = `delete process.env.APOLLO_TELEMETRY_DISABLED;
      const { createGatewayServer } = require(${JSON.stringify(join(__dirname, '..', 'dist', 'gateway-server.js'))});
      const { loadConfig } = require('@mieux/service-kit/config');
      const { createLogger } = require('@mieux/service-kit/logger');
      createGatewayServer(loadConfig('gateway', { NODE_ENV: 'test', SUPERGRAPH_PATH: '/nonexistent' }), createLogger('gateway', 'silent'))
        .catch(() => undefined)
        .finally(() => { console.log(process.env.APOLLO_TELEMETRY_DISABLED ?? 'unset'); process.exit(0); });`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: join(__dirname, '..') }).trim()).toBe('true');
  });
});
