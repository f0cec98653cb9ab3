/**
 * The notifier's tests run it as a process (the built dist/main.js) between the real requests service,
 * NATS and an SMTP server, as it runs deployed: its consumers, directory and sender execute in that
 * process, where Jest does not measure coverage. The floor holds for what runs in the test's own process.
 */
module.exports = {
  ...require('../../jest.preset.js'),
  // No reachable MySQL: the run stops at once with the message naming the server.
  globalSetup: require.resolve('@mieux/service-kit/testing/jest-global-setup'),
  collectCoverageFrom: ['src/mail/mail.catcher.ts', 'src/message/*.ts', 'src/recipient/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { branches: 80 } },
};
