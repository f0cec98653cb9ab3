import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

export interface ApprovedRequest {
  id: string;
  status: string;
  title: string;
  approvedOn: string | null;
  thematicAreas: string[];
  country: { code: string; region: string | null };
}

/** Facts this service needs from their owners, asked with the caller's identity (ARCHITECTURE.md). */
export class Facts {
  constructor(private readonly config: ServiceConfig) {}

  /** The request an Action is created from; refused unless APPROVED. */
  async approvedRequest(ctx: SubgraphContext, id: string): Promise<ApprovedRequest> {
    const request = await askOwner<ApprovedRequest>(ctx, this.config, {
      service: 'requests',
      query: 'query($id: ID!) { request(id: $id) { id status title approvedOn thematicAreas country { code region } } }',
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
    const expert = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'experts', query: 'query($id: ID!) { expert(id: $id) { id status } }', variables: { id } });
    if (!expert) throw notFound('Expert', id);
    if (expert.status !== 'ACTIVE') throw conflict(`Expert is ${expert.status} on the roster; only ACTIVE experts are deployed`, { expertStatus: expert.status });
  }
}
