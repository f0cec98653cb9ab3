import { callSubgraph, DEVELOPMENT_SECRETS, type Identity, type RemoteResult } from '@mieux/service-kit';
import { startBuiltService, type BuiltService } from '@mieux/service-kit/testing';

/** Where the test files find the actions service the Jest run started. */
const VARIABLE = 'MONITORING_TEST_ACTIONS';

/** The actions service as the test files reach it: over HTTP, and its database for the facts they add. */
export interface ActionsService {
  url: string;
  database: { databaseUrl: string; databaseName: string };
  /** A GraphQL call to the service, signed for `identity` as the gateway would sign it. */
  query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<RemoteResult<T>>;
}

let started: Promise<BuiltService> | undefined;

/**
 * Starts the built actions service with the demo portfolio on its own test database, once per process
 * (Jest's `globalSetup`), and tells the test files where it is. Under mutation testing each mutant's
 * run is a Jest run of its own in the same process: they all find the service the first one started.
 */
export async function startActionsOfTheRun(): Promise<void> {
  started ??= startBuiltService('actions', { SEED_DEMO: 'true' });
  const { url, database } = await started.catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  process.env[VARIABLE] = JSON.stringify({ url, database });
}

/** Stops the service and drops its database (Jest's `globalTeardown`). */
export async function stopActionsOfTheRun(): Promise<void> {
  const service = await started;
  started = undefined;
  await service?.close();
}

/** The actions service the Jest run started, from a test file. */
export function actionsOfTheRun(): ActionsService {
  const found = process.env[VARIABLE];
  if (!found) throw new Error(`${VARIABLE} is not set: the actions service is started by the Jest global setup (test/global-setup.ts)`);
  const { url, database } = JSON.parse(found) as Pick<ActionsService, 'url' | 'database'>;
  return {
    url,
    database,
    query: (query, variables, identity) =>
      callSubgraph({
        service: 'actions',
        url,
        query,
        variables,
        identity,
        secret: DEVELOPMENT_SECRETS.subgraphSecret,
        requestId: 'test-actions',
        timeoutMs: 10_000,
      }),
  };
}
