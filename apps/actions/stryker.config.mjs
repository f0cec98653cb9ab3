// Mutation testing of the actions service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'actions',
  // The access rules, and the transitions, planning and deployments (compare-and-set, idempotency).
  mutate: ['src/action/action.repository.ts', 'src/activity/activity.repository.ts', 'src/deployment/deployment.repository.ts'],
  breakAt: 80,
});
