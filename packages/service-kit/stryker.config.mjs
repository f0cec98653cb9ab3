// Mutation testing of the kit's access and integrity rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'service-kit',
  mutate: ['src/access.ts', 'src/identity.ts', 'src/database/idempotency.ts', 'src/database/transaction.ts'],
  breakAt: 80,
});
