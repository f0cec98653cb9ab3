import { isDeployable, ROSTER_STATUSES_DEPLOYABLE } from '@mieux/domain';
import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

/** Experts of the roster, asked of the experts service with the caller's identity (ARCHITECTURE.md). */
/** What this service asks the experts service about an expert. */
export const EXPERT_FACT_QUERY = 'query($id: ID!) { expert(id: $id) { id status } }';

export class ExpertClient {
  constructor(private readonly config: ServiceConfig) {}

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
