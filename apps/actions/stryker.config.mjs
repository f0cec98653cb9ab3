// Mutation testing of the actions service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'actions',
  // The access rules, and the transitions, planning and deployments (compare-and-set, idempotency).
  mutate: [
    'src/access.ts',
    'src/action/action.repository.ts:69-83',
    'src/activity/activity.repository.ts:39-82',
    'src/deployment/deployment.repository.ts:41-78',
  ],
  breakAt: 80,
});
