// The subgraphs' settings; the actions service the tests read is started once for the whole run.
module.exports = {
  ...require('../../jest.subgraph.js'),
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
