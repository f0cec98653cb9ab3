/**
 * The processes of the graph: one list, read by the configuration, composition, the start and seed
 * scripts, the benchmark and the end-to-end harness. A new subgraph is added here and nowhere else.
 */
export const SUBGRAPHS = [
  { name: 'requests', port: 4001 },
  { name: 'actions', port: 4002 },
  { name: 'experts', port: 4003 },
  { name: 'monitoring', port: 4004 },
  { name: 'portfolio', port: 4007 },
] as const;

export const GATEWAY = { name: 'gateway', port: 4000 } as const;

/**
 * Deployables that are not subgraphs: they consume the graph's events and answer only their probes
 * and metrics over HTTP (the web portal, 4005, is static files and reads no configuration here).
 */
export const WORKERS = [{ name: 'notifier', port: 4006 }] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export type WorkerName = (typeof WORKERS)[number]['name'];
export type ServiceName = SubgraphName | typeof GATEWAY.name | WorkerName;

/** The subgraphs' names, in the order the graph lists them. */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

/** Each process's default port. */
export const SERVICE_PORTS = Object.fromEntries([GATEWAY, ...SUBGRAPHS, ...WORKERS].map((s) => [s.name, s.port])) as Record<ServiceName, number>;

/**
 * V8 options every process of the graph runs with (as NODE_OPTIONS: the Dockerfile, compose, Kubernetes,
 * `npm start` and the benchmark). A 64 MB young generation lets the short-lived objects of one GraphQL
 * request (entities, rows, resolver results) die in a scavenge instead of being promoted and marked: with
 * the default 16 MB, garbage collection took 27-35% of a subgraph's CPU under load.
 */
export const NODE_OPTIONS = '--max-semi-space-size=64';
