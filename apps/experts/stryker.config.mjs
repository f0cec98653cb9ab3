// Mutation testing of the experts service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'experts',
  // Who reads what of the roster, and applying (idempotency) and roster changes (compare-and-set).
  mutate: ['src/expert/expert.access.ts', 'src/expert/expert.repository.ts'],
  breakAt: 80,
});
