import { identityOf, startOwnerStub, startTestSubgraph, type OwnerStub, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { expertsService } from '../src/service';

export type Subgraph = TestSubgraph<ServiceContext>;
export const officer = identityOf('PROJECT_OFFICER');
export const analyst = identityOf('ANALYST');
export const anonymous = identityOf(null);

/** The actions service at the HTTP boundary: it ends the future deployments of an expert who withdrew consent (none here). */
export let actionsStub: OwnerStub;
/** Experts for whom the actions stub cannot answer, as an actions service that is down. */
export const actionsDownFor = new Set<string>();

/** The experts subgraph, with the actions service stubbed; closing it closes both. */
export async function startExperts(): Promise<Subgraph> {
  actionsStub = await startOwnerStub(({ query, variables }) => {
    if (!query.includes('endFutureDeployments(')) return { errors: [{ message: 'unexpected query' }] };
    return actionsDownFor.has(variables.expertId as string) ? { errors: [{ message: 'database unavailable' }] } : { data: { endFutureDeployments: [] } };
  });
  const subgraph = await startTestSubgraph(expertsService, { ACTIONS_URL: actionsStub.url, SUBGRAPH_TIMEOUT_MS: '2000' });
  return {
    ...subgraph,
    close: async () => {
      await subgraph.close();
      await actionsStub.close();
    },
  };
}

let n = 0;
export function application(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    fullName: `Ana Novak ${n}`,
    email: `ana.novak.${n}@mup.hr`,
    phone: '+385 1 000',
    nationality: 'HR',
    employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
    publicOfficial: true,
    memberState: 'HR',
    thematicAreas: ['IRREGULAR_MIGRATION_AND_TRAFFICKING'],
    subTopics: ['BORDER_AND_VISA_MANAGEMENT'],
    languages: ['en', 'fr'],
    regions: ['AFRICA'],
    countriesOfExperience: ['SN'],
    availability: [{ from: '2027-01-01', to: '2027-12-31' }],
    cvSummary: 'Border police trainer, 15 years.',
    consent: true,
    privacyNoticeVersion: '2018.1',
    ...overrides,
  };
}

export const APPLY = `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id status displayName } }`;
export const REVIEW = `mutation($id: ID!, $status: RosterStatus!, $reason: String) { reviewApplication(id: $id, status: $status, reason: $reason) { id status refusalReason } }`;

/** An expert applied and made ACTIVE. */
export async function activeExpert(subgraph: Subgraph, overrides: Record<string, unknown> = {}): Promise<string> {
  const applied = await subgraph.execute<any>(APPLY, { input: application(overrides) });
  if (applied.errors) throw new Error(JSON.stringify(applied.errors));
  const id = applied.data.applyToRoster.id;
  await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer);
  return id;
}
