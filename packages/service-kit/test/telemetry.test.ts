import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The compiled kit, loaded first as a service's main.js loads it. */
const dist = join(__dirname, '..', 'dist');

/** Which OpenTelemetry packages a process has loaded after `import '@mieux/service-kit/telemetry'` and the kit. */
function loadedAfterStart(env: Record<string, string>): string[] {
  const script = `require(${JSON.stringify(join(dist, 'telemetry'))}); require(${JSON.stringify(dist)});
    console.log(JSON.stringify([...new Set(Object.keys(require.cache).map((f) => /@opentelemetry\\/([^/]+)/.exec(f)?.[1]).filter(Boolean))]))`;
  const run = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

describe('telemetry at start', () => {
  it('loads no SDK and wraps nothing without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(loadedAfterStart({})).toEqual(['api']);
  });

  it('instruments HTTP, fetch, GraphQL and mysql2 when an endpoint is set', () => {
    expect(loadedAfterStart({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toEqual(
      expect.arrayContaining(['instrumentation-http', 'instrumentation-undici', 'instrumentation-graphql', 'instrumentation-mysql2', 'sdk-trace-node']),
    );
  });
});
