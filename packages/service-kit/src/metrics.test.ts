import { ServiceMetrics } from './metrics';

describe('ServiceMetrics', () => {
  it('labels request durations by operation and status, with the service on every series', async () => {
    const metrics = new ServiceMetrics('experts');
    metrics.observeRequest('Roster', 200, 0.02);
    metrics.observeRequest(undefined, 401, 0.001);
    const { contentType, body } = await metrics.scrape();
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toContain('mieux_graphql_request_duration_seconds_count{service="experts",operation="Roster",status="200"} 1');
    expect(body).toContain('mieux_graphql_request_duration_seconds_count{service="experts",operation="(none)",status="401"} 1');
    expect(body).toMatch(/^nodejs_eventloop_lag_seconds\{service="experts"\} /m);
  });

  it('keeps the number of operation labels bounded whatever names clients send', async () => {
    const metrics = new ServiceMetrics('gateway');
    for (let i = 0; i < 500; i += 1) metrics.observeRequest(`Op${i}`, 200, 0.01);
    metrics.observeRequest('Op1', 200, 0.01);
    const { body } = await metrics.scrape();
    const operations = new Set([...body.matchAll(/_count\{[^}]*operation="([^"]+)"/g)].map((m) => m[1]));
    expect(operations.size).toBe(201);
    expect(body).toContain('operation="(other)",status="200"} 300');
    expect(body).toContain('operation="Op1",status="200"} 2');
  });
});
