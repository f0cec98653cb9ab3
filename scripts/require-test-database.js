// The first step of `npm test`: without a reachable test MySQL server the run stops here, within
// seconds and saying so, instead of after the lint (README "Getting started"). The workspaces' Jest
// runs check the same in their global setup when run alone.
const requireTestDatabaseServer = require('@mieux/service-kit/testing/jest-global-setup').default;

requireTestDatabaseServer().then(
  () => undefined,
  (error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
