import { DEMO_PROJECT_OFFICERS, generateDemoPortfolio } from '@mieux/demo';
import { describeDemoSeed } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';

const demo = generateDemoPortfolio();
/** Everyone who moved a demo request once it was submitted: the partners who withdrew (by their contact), the officers, the committee. */
const signedInActors = new Set(
  demo.requests.flatMap((r) => r.history.filter((t) => t.from !== null).map((t) => (t.role === 'PARTNER' ? r.contact.email : t.role))),
);
describeDemoSeed(requestsService, {
  request: demo.requests.length,
  request_transition: demo.requests.reduce((n, r) => n + r.history.length, 0),
  /** And the project officers, each the coordinator of a region. */
  request_actor: signedInActors.size + DEMO_PROJECT_OFFICERS.length,
  project_officer: DEMO_PROJECT_OFFICERS.length,
});
