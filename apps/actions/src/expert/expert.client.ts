import { isDeployable, ROSTER_STATUSES_DEPLOYABLE } from '@mieux/domain';
import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ExpertStub } from './expert.model';

/** Experts of the roster, asked of the experts service with the caller's identity (ARCHITECTURE.md). */
/** What this service asks the experts service about an expert. */
export const EXPERT_FACT_QUERY = 'query($id: ID!) { expert(id: $id) { id status } }';

/** The card fields `Deployment.expert` provides, asked of the experts service for an expert this service has no card of yet. */
export const EXPERT_CARDS_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Expert { id status publicOfficial euNational displayName employerType nationality { code } memberState { code } } } }`;

export class ExpertClient {
  constructor(private readonly config: ServiceConfig) {}

  /** The cards of experts, asked as the caller (null where the experts service gives none). */
  async cardsOf(ctx: SubgraphContext, ids: readonly string[]): Promise<(ExpertStub | null)[]> {
    const r = ids.map((id) => ({ __typename: 'Expert', id }));
    return (
      (await askOwner<(ExpertStub | null)[]>(ctx, this.config, { service: 'experts', query: EXPERT_CARDS_QUERY, variables: { r } })) ?? ids.map(() => null)
    );
  }

  /** An expert may be deployed only while ACTIVE on the roster. */
  async assertActiveExpert(ctx: SubgraphContext, id: string): Promise<void> {
    const expert = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'experts', query: EXPERT_FACT_QUERY, variables: { id } });
    if (!expert) throw notFound('Expert', id);
    if (!isDeployable(expert.status))
      throw conflict(`Expert is ${expert.status} on the roster; only ${ROSTER_STATUSES_DEPLOYABLE.join(' or ')} experts are deployed`, {
        expertStatus: expert.status,
      });
  }
}
