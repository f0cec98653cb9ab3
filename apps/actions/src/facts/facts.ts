import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

export interface ApprovedRequest {
  id: string;
  status: string;
  title: string;
  approvedOn: string | null;
  thematicAreas: string[];
  country: { code: string; region: string | null };
}

/** What this service asks the requests service about a request (its tests check their stub against the real owner). */
export const REQUEST_FACT_QUERY = 'query($id: ID!) { request(id: $id) { id status title approvedOn thematicAreas country { code region } } }';
/** What this service asks the experts service about an expert. */
export const EXPERT_FACT_QUERY = 'query($id: ID!) { expert(id: $id) { id status } }';

/** Facts this service needs from their owners, asked with the caller's identity (ARCHITECTURE.md). */
export class Facts {
  constructor(private readonly config: ServiceConfig) {}

  /** The request an Action is created from; refused unless APPROVED. */
  async approvedRequest(ctx: SubgraphContext, id: string): Promise<ApprovedRequest> {
    const request = await askOwner<ApprovedRequest>(ctx, this.config, {
      service: 'requests',
      query: REQUEST_FACT_QUERY,
      variables: { id },
    });
    if (!request) throw notFound('Request', id);
    if (request.status !== 'APPROVED' || !request.approvedOn) {
      throw conflict(`Request is ${request.status}; an Action is created only from an APPROVED request`, { requestStatus: request.status });
    }
    return request;
  }

  /** An expert may be deployed only while ACTIVE on the roster. */
  async assertActiveExpert(ctx: SubgraphContext, id: string): Promise<void> {
    const expert = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'experts', query: EXPERT_FACT_QUERY, variables: { id } });
    if (!expert) throw notFound('Expert', id);
    if (expert.status !== 'ACTIVE') throw conflict(`Expert is ${expert.status} on the roster; only ACTIVE experts are deployed`, { expertStatus: expert.status });
  }
}
