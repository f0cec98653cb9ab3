// Mutation testing of the actions service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'actions',
  // Who reads which Action and activity (access), and the transitions, planning and deployments
  // (compare-and-set, idempotency).
  mutate: [
    'src/action/action.access.ts',
    'src/activity/activity.access.ts',
    'src/action/action.repository.ts',
    'src/activity/activity.repository.ts',
    'src/deployment/deployment.repository.ts',
  ],
  breakAt: 80,
});
