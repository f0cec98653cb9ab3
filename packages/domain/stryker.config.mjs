// Mutation testing of the MIEUX rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'domain',
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/index.ts'],
  breakAt: 90,
});
