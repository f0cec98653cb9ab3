// Mutation testing of the monitoring service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'monitoring',
  // Who evaluates and who answers through a link (access), recording only held activities (the
  // activity as the actions service answers), evaluations and results with idempotency keys, a link
  // used once (compare-and-set) and one current participation record.
  mutate: [
    'src/evaluation/evaluation.access.ts',
    'src/evaluation-link/evaluation-link.access.ts',
    'src/activity/activity.client.ts',
    'src/evaluation/evaluation.repository.ts',
    'src/evaluation-link/evaluation-link.repository.ts',
    'src/result/result.repository.ts',
    'src/participation/participation.repository.ts',
  ],
  breakAt: 80,
});
