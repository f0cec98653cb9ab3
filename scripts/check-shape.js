#!/usr/bin/env node
// @ts-check
// The one shape of the four subgraphs (README, "Layout"), checked on every `npm test`:
//   apps/<service>/src/{main,service,context}.ts, schema.graphql, codegen-mappers.json,
//   generated/, migrations/, demo/, and one folder per entity whose files are
//   <entity>.<role>.ts with a known role. Every entity folder has its model and its resolvers.
// A worker (the notifier: no GraphQL) has the same folders of known roles, no schema, and no folder
// needs a GraphQL face (model, resolvers); its root holds its process entries.
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { SUBGRAPH_NAMES, WORKERS } = require('../packages/service-kit/dist/registry');

const ROOT_FILES = new Set(['main.ts', 'migrate.ts', 'events.ts', 'service.ts', 'context.ts', 'schema.graphql', 'codegen-mappers.json']);
/** A worker's root: its process entries (the notifier's development SMTP catcher is one). */
const WORKER_ROOT_FILES = new Set(['main.ts', 'migrate.ts', 'events.ts', 'service.ts', 'catcher.ts']);
const ROOT_FOLDERS = new Set(['generated', 'migrations', 'demo']);
/** What each file of an entity folder is for (CONVENTIONS.md #3). */
const ROLES = new Set([
  'entity', // TypeORM entity and row type
  'repository', // SQL: reads and writes
  'model', // what resolvers return, mapped from rows
  'loader', // per-request DataLoaders
  'access', // who may read what (ownership beside the kit's role groups)
  'input', // input validation (zod, through the kit)
  'resolvers', // the resolver map: queries, fields, references
  'mutations', // the resolver map's mutations, when the queries alone fill a file
  'client', // facts asked of another service through the graph
  'figures', // portfolio figures computed from rows
  'index', // what a service keeps in memory to answer from, kept current by its writes and events (the matching index)
  'events', // the domain events its changes write to the outbox
  'consumer', // what it keeps of another service's events (a copy), as a durable consumer
  'jobs', // what the service does on its own, on a schedule (the invitations' sweep)
  'templates', // a worker's people-facing texts, in English and French (the notifier's e-mails)
  'sender', // a worker's way out to a system outside the graph (SMTP)
  'catcher', // the development stand-in of that system (a local SMTP server)
]);
const REQUIRED = ['model', 'resolvers'];
/** A folder that only keeps a copy of another service's facts needs its consumer and entity, not a GraphQL face. */
const REQUIRED_OF_COPY = ['consumer', 'entity'];

/** @returns {string[]} every problem found in one service's src/ */
function problemsOf(service, worker = false) {
  const rootFiles = worker ? WORKER_ROOT_FILES : ROOT_FILES;
  const src = join(__dirname, '..', 'apps', service, 'src');
  const problems = [];
  for (const name of readdirSync(src)) {
    const isFolder = statSync(join(src, name)).isDirectory();
    if (!isFolder) {
      if (!rootFiles.has(name))
        problems.push(`apps/${service}/src/${name}: only ${[...rootFiles].join(', ')} sit at the root; the rest belongs to an entity folder`);
      continue;
    }
    if (ROOT_FOLDERS.has(name)) continue;
    const roles = new Set();
    for (const file of readdirSync(join(src, name))) {
      const match = /^([a-z-]+)\.([a-z]+)(\.test)?\.ts$/.exec(file);
      if (!match || match[1] !== name || !ROLES.has(match[2])) {
        problems.push(`apps/${service}/src/${name}/${file}: expected ${name}.<role>.ts with a role among ${[...ROLES].join(', ')}`);
        continue;
      }
      roles.add(match[2]);
    }
    for (const role of worker ? [] : roles.has('consumer') && !roles.has('resolvers') ? REQUIRED_OF_COPY : REQUIRED)
      if (!roles.has(role)) problems.push(`apps/${service}/src/${name}/: has no ${name}.${role}.ts`);
  }
  return problems;
}

const workers = WORKERS.map((w) => w.name);
const problems = [...SUBGRAPH_NAMES.flatMap((service) => problemsOf(service)), ...workers.flatMap((worker) => problemsOf(worker, true))];
if (problems.length > 0) {
  console.error(`The services do not have the one shape (README, "Layout"):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`One shape: ${[...SUBGRAPH_NAMES, ...workers].join(', ')} hold entity folders of known roles only.`);
