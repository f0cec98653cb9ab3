/** What the services' tests share: test databases and subgraphs, forced races, processes, built services. */
export * from './subgraph';
export * from './database';
export * from './process';
export * from './owner-stub';
export * from './race';
export * from './built-service';
export * from './demo-seed';
export * from './dates';
export * from './nats';
export * from './graph';
export * from './events';
export * from './eventually';
export * from './given-once';
