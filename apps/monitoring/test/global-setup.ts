import requireTestDatabaseServer from '@mieux/service-kit/testing/jest-global-setup';
import { startActionsOfTheRun } from './actions-service';

/** No reachable MySQL, no test run; then the one actions service every test file reads. */
export default async function globalSetup(): Promise<void> {
  await requireTestDatabaseServer();
  await startActionsOfTheRun();
}
