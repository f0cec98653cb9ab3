/** Jest settings of the four subgraphs: the shared preset, MySQL checked first, and a coverage floor. */
module.exports = {
  ...require('./jest.preset.js'),
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: require.resolve('@mieux/service-kit/testing/jest-global-setup'),
  collectCoverageFrom: ['src/**/*.ts', '!src/generated/**', '!src/main.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { branches: 80 } },
};
