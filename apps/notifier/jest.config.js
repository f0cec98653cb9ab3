module.exports = {
  ...require('../../jest.preset.js'),
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: require.resolve('@mieux/service-kit/testing/jest-global-setup'),
  // The notifier runs in the test's process; its process entries (main, migrate, events, catcher) are the kit's runners' and the start script's.
  collectCoverageFrom: ['src/**/*.ts', '!src/main.ts', '!src/migrate.ts', '!src/events.ts', '!src/catcher.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { branches: 80 } },
};
