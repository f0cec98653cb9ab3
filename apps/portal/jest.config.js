module.exports = {
  ...require('../../jest.preset.js'),
  // The tests run in Node (the page's sources are the browser's, built by Vite).
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: require.resolve('@mieux/service-kit/testing/jest-global-setup'),
};
