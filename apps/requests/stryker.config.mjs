// Mutation testing of the requests service's rules: `npm run test:mutation` (README "Tests").
import { strykerConfig } from '../../scripts/lib/stryker.mjs';

export default strykerConfig({
  name: 'requests',
  // Who reads what, and the request's creation (idempotency, reference) and transitions (compare-and-set).
  mutate: ['src/request/request.access.ts', 'src/request/request.repository.ts'],
  breakAt: 80,
});
