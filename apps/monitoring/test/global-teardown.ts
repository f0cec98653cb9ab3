import { stopActionsOfTheRun } from './actions-service';

/**
 * Stops the actions service after the run. Not under mutation testing (StrykerJS adds its namespace to
 * the globals): there the next mutant's run, in the same process, reads the same service, which ends
 * with the test runner's process.
 */
export default async function globalTeardown(_global: unknown, project: { globals?: Record<string, unknown> }): Promise<void> {
  if (project.globals?.__strykerGlobalNamespace__) return;
  await stopActionsOfTheRun();
}
