import { parse } from 'yaml';
import {
  composeProblems,
  kubernetesProblems,
  natsProblems,
  networkProblems,
  serviceCalls,
  observabilityProblems,
  portalProblems,
  readDockerfile,
  readInfra,
  renderKustomization,
  renderOverlay,
  serviceMonitorProblems,
  serviceProblems,
  type Manifest,
} from './checks';

describe.each(['dev', 'prod'])('the %s overlay', (overlay) => {
  const manifests = renderOverlay(overlay);

  it('renders and validates against the Kubernetes schemas', () => {
    expect(manifests.length).toBeGreaterThan(30);
    expect(kubernetesProblems(manifests)).toEqual([]);
  });

  it('gives every service its objects, probes, ports, resources and migrate init container', () => {
    expect(serviceProblems(manifests)).toEqual([]);
  });

  it('lets only the gateway (and the documented fact callers) reach the subgraphs', () => {
    expect(networkProblems(manifests)).toEqual([]);
  });

  it('lets the monitoring namespace scrape every pod and receive its spans', () => {
    expect(observabilityProblems(manifests)).toEqual([]);
  });

  it('carries no Prometheus Operator object, whose CRDs a cluster may lack', () => {
    expect(manifests.filter((m) => String(m.apiVersion).startsWith('monitoring.coreos.com/'))).toEqual([]);
  });

  it('carries the supergraph in a ConfigMap mounted by the gateway', () => {
    const configMap = manifests.find((m) => m.kind === 'ConfigMap' && String(m.metadata.name).startsWith('mieux-supergraph'));
    expect(configMap?.data['supergraph.graphql']).toContain('join__Graph');
    const gateway = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'gateway')!;
    expect(gateway.spec.template.spec.volumes[0].configMap.name).toBe(configMap!.metadata.name);
  });
});

describe('the checks themselves', () => {
  const manifests = renderOverlay('dev');
  const clone = (): Manifest[] => JSON.parse(JSON.stringify(manifests));

  it('fail on a manifest that does not validate', () => {
    const broken = clone();
    broken.find((m) => m.kind === 'Deployment')!.spec.replicas = 'two';
    expect(kubernetesProblems(broken)).toEqual([expect.stringContaining('replicas')]);
  });

  it('fail on a missing probe, a wrong port and a committed secret', () => {
    const broken = clone();
    const experts = broken.find((m) => m.kind === 'Deployment' && m.metadata.name === 'experts')!;
    delete experts.spec.template.spec.containers[0].readinessProbe;
    experts.spec.template.spec.containers[0].ports[0].containerPort = 8080;
    broken.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'oops' }, data: { SUBGRAPH_SECRET: 'c2VjcmV0' } });
    expect(serviceProblems(broken)).toEqual([
      'experts: readiness must be GET /ready on 4003',
      'experts: container port must be 4003',
      'Secret oops is committed: reference it instead',
    ]);
  });

  it('fail on a subgraph that does not migrate before serving, and on a Job a second apply cannot update', () => {
    const broken = clone();
    const pod = (name: string) => broken.find((m) => m.kind === 'Deployment' && m.metadata.name === name)!.spec.template.spec;
    delete pod('experts').initContainers;
    pod('actions').initContainers[0].image = 'mieux/actions:0.9.0';
    pod('requests').initContainers[0].env = pod('requests').initContainers[0].env.filter((e: Manifest) => e.name !== 'MIGRATE_ONLY');
    broken.push({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'monitoring-migrate' },
      spec: { template: { spec: { containers: [{ name: 'm', image: 'mieux/monitoring:1.2.0' }] } } },
    });
    broken.push({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'monitoring-migrate-1-2-0' },
      spec: { template: { spec: { containers: [{ name: 'm', image: 'mieux/monitoring:1.2.0' }] } } },
    });
    expect(serviceProblems(broken)).toEqual([
      'requests: the migrate init container must set MIGRATE_ONLY=true',
      "actions: the migrate init container must run the service's image",
      'experts: no migrate init container',
      'Job monitoring-migrate: its name must carry its image tag, or a second kubectl apply -k fails',
    ]);
  });

  it('fail when the monitoring namespace cannot scrape, or reaches a subgraph beyond its port', () => {
    const without = clone().filter((m) => m.metadata.name !== 'allow-metrics-scrape' && m.metadata.name !== 'allow-otlp-export');
    // Two for each of the seven deployables: the gateway, the five subgraphs and the notifier.
    expect(observabilityProblems(without)).toHaveLength(14);
    const broken = clone();
    const scrape = broken.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'allow-metrics-scrape')!;
    scrape.spec.ingress[0].ports.push({ protocol: 'TCP', port: 3306 });
    expect(networkProblems(broken)).toEqual(['requests', 'actions', 'experts', 'monitoring', 'portfolio'].map((s) => `${s}: ingress from outside the graph`));
  });

  it('read the calls between services from their code: facts asked of an owner, events pulled from a producer', () => {
    expect(serviceCalls()).toEqual({
      requests: [],
      actions: ['experts', 'monitoring', 'requests'],
      experts: ['actions'],
      monitoring: ['actions'],
      notifier: ['actions', 'experts', 'requests'],
      portfolio: ['actions', 'experts', 'monitoring', 'requests'],
    });
  });

  it('fail when a service the code calls is not let through, either way', () => {
    const broken = clone();
    const ingress = broken.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'monitoring-ingress')!;
    ingress.spec.ingress[0].from = ingress.spec.ingress[0].from.filter((s: Manifest) => s.podSelector.matchLabels['app.kubernetes.io/name'] !== 'actions');
    const egress = broken.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'experts-egress')!;
    egress.spec.egress = egress.spec.egress.filter((r: Manifest) => !r.to.some((s: Manifest) => s.podSelector));
    expect(networkProblems(broken)).toEqual(['experts: calls actions and has no egress to it', 'monitoring: actions calls it and cannot reach it']);
  });

  it('fail when a subgraph accepts traffic from elsewhere', () => {
    const broken = clone();
    const policy = broken.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'experts-ingress')!;
    policy.spec.ingress[0].from.push({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'monitoring' } } }, { ipBlock: { cidr: '0.0.0.0/0' } });
    expect(networkProblems(broken)).toEqual(['experts: ingress from monitoring', 'experts: ingress from outside the graph']);
  });
});

describe('the web portal', () => {
  const manifests = renderKustomization('portal');
  const clone = (): Manifest[] => JSON.parse(JSON.stringify(manifests));

  it('renders and validates against the Kubernetes schemas', () => {
    expect(kubernetesProblems(manifests)).toEqual([]);
  });

  it('is served on its port, read-only and non-root, reachable on that port only', () => {
    expect(portalProblems(manifests)).toEqual([]);
  });

  it('fails on a portal without probes, on a writable root, and on ingress beyond its port', () => {
    const broken = clone();
    const container = broken.find((m) => m.kind === 'Deployment' && m.metadata.name === 'portal')!.spec.template.spec.containers[0];
    delete container.readinessProbe;
    container.securityContext.readOnlyRootFilesystem = false;
    broken.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'portal-ingress')!.spec.ingress[0].ports.push({ protocol: 'TCP', port: 22 });
    expect(portalProblems(broken)).toEqual([
      'portal: readiness must be GET /ready on 4005',
      'portal: the container must run as non-root on a read-only filesystem',
      'portal: ingress beyond port 4005',
    ]);
  });
});

describe('the Prometheus Operator example', () => {
  const monitor = parse(readInfra('k8s', 'monitoring', 'service-monitor.yaml')) as Manifest;
  const manifests = renderOverlay('prod');

  it('selects the five Services and scrapes /metrics on their http port', () => {
    expect(serviceMonitorProblems(monitor, manifests)).toEqual([]);
  });

  it('fails on a selector that misses the Services and a port they do not name', () => {
    const broken = JSON.parse(JSON.stringify(monitor)) as Manifest;
    broken.spec.selector.matchLabels = { 'app.kubernetes.io/name': 'gateway' };
    broken.spec.endpoints[0].port = 'metrics';
    expect(serviceMonitorProblems(broken, manifests)).toEqual(
      expect.arrayContaining(['requests: Service not selected', 'gateway: no Service port named metrics']),
    );
  });
});

describe('compose', () => {
  it('validates against the Compose Specification and follows the graph rules', () => {
    expect(composeProblems(readInfra('compose.yaml'))).toEqual([]);
  });

  it('fails on a published subgraph port and an unhealthy dependency', () => {
    const broken = readInfra('compose.yaml')
      .replace('  experts:\n    <<: *service\n', '  experts:\n    <<: *service\n    ports:\n      - "4003:4003"\n')
      .replace('condition: service_healthy', 'condition: service_started');
    expect(composeProblems(broken)).toEqual(
      expect.arrayContaining(['compose: experts publishes a port', expect.stringMatching(/must wait for mysql to be healthy/)]),
    );
  });
});

describe('the Dockerfile', () => {
  it('builds any one service in stages and runs it as a non-root user with a health check', () => {
    const facts = readDockerfile(readInfra('docker', 'Dockerfile'));
    expect(facts.stages).toEqual(['build', 'runtime-deps', 'runtime']);
    expect(facts.args).toContain('SERVICE');
    expect(facts.finalUser).toBe('node');
    expect(facts.finalHealthcheck).toContain('/health');
  });

  it('finds every production dependency in the root node_modules, the only one the runtime stage copies', () => {
    const lock = JSON.parse(readInfra('..', 'package-lock.json')) as { packages: Record<string, { dev?: boolean }> };
    // A copy nested in a workspace is never in an image: only build-time ones may nest (the portal's React 19 beside
    // GraphiQL's React 18, the client preset of the portal and of the README's examples).
    const nested = Object.entries(lock.packages).filter(([path, entry]) => /^(apps|packages)\/[^/]+\/node_modules\//.test(path) && !entry.dev);
    expect(nested.map(([path]) => path)).toEqual([]);
  });

  it('builds the portal in stages and serves it as a non-root user with a health check', () => {
    const facts = readDockerfile(readInfra('docker', 'portal.Dockerfile'));
    expect(facts.stages).toEqual(['build', 'runtime-deps', 'runtime']);
    expect(facts.finalUser).toBe('node');
    expect(facts.finalHealthcheck).toContain('/health');
  });

  it('reads a root final stage as such', () => {
    expect(readDockerfile('FROM node:20 AS build\nUSER node\nFROM node:20\nCMD ["node"]').finalUser).toBeNull();
  });
});

describe('the NATS cluster of the domain events', () => {
  const manifests = renderKustomization('nats');
  const clone = (): Manifest[] => JSON.parse(JSON.stringify(manifests));

  it('renders and validates against the Kubernetes schemas', () => {
    expect(kubernetesProblems(manifests)).toEqual([]);
  });

  it('runs three JetStream servers on their own volumes, routed to each other, two always up, reached by the services', () => {
    expect(natsProblems(manifests)).toEqual([]);
  });

  it('fails on one server, a lost route or a budget that lets a quorum go', () => {
    const broken = clone();
    broken.find((m) => m.kind === 'StatefulSet')!.spec.replicas = 1;
    broken.find((m) => m.kind === 'PodDisruptionBudget')!.spec.minAvailable = 1;
    const config = broken.find((m) => m.kind === 'ConfigMap')!;
    config.data['nats.conf'] = config.data['nats.conf'].replace('nats://nats-0.nats-cluster:6222', '');
    expect(natsProblems(broken)).toEqual(['nats: 1 servers, not 3', 'nats: no route to nats-0', 'nats: no disruption budget keeping two servers']);
  });
});
