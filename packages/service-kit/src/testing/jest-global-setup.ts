import { requireTestDatabaseServer } from './database';

/** Jest `globalSetup` of the workspaces whose tests need MySQL: no reachable server, no test run. */
export default requireTestDatabaseServer;
