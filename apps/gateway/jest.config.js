module.exports = {
  ...require('../../jest.preset.js'),
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: require.resolve('@mieux/service-kit/testing/jest-global-setup'),
  // The process entries (main.ts, token.ts) are run as processes by the end-to-end and scripts' tests.
  collectCoverageFrom: ['src/**/*.ts', '!src/main.ts', '!src/token.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { branches: 80 } },
};
