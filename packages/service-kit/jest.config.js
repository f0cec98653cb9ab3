module.exports = {
  ...require('../../jest.preset.js'),
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
};
