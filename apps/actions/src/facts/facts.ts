import { callSubgraph, conflict, defaultSubgraphUrl, notFound, serviceUnavailable, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

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

  private ask<T>(ctx: SubgraphContext, service: 'requests' | 'experts', query: string, variables: Record<string, unknown>) {
    return callSubgraph<T>({
      service,
      url: this.config.subgraphUrls[service] ?? defaultSubgraphUrl(service),
      query,
      variables,
      identity: ctx.identity,
      secret: this.config.subgraphSecret,
      requestId: ctx.requestId,
      timeoutMs: this.config.subgraphTimeoutMs,
    });
  }

  /** The request an Action is created from; refused unless APPROVED. */
  async approvedRequest(ctx: SubgraphContext, id: string): Promise<ApprovedRequest> {
    const { data, errors } = await this.ask<{ request: ApprovedRequest | null }>(
      ctx,
      'requests',
      'query($id: ID!) { request(id: $id) { id status title approvedOn thematicAreas country { code region } } }',
      { id },
    );
    if (errors.length > 0 && !data?.request) throw serviceUnavailable('requests', errors[0].message);
    const request = data?.request;
    if (!request) throw notFound('Request', id);
    if (request.status !== 'APPROVED' || !request.approvedOn) {
      throw conflict(`Request is ${request.status}; an Action is created only from an APPROVED request`, { requestStatus: request.status });
    }
    return request;
  }

  /** An expert may be deployed only while ACTIVE on the roster. */
  async assertActiveExpert(ctx: SubgraphContext, id: string): Promise<void> {
    const { data, errors } = await this.ask<{ expert: { id: string; status: string } | null }>(ctx, 'experts', 'query($id: ID!) { expert(id: $id) { id status } }', { id });
    if (errors.length > 0 && !data?.expert) throw serviceUnavailable('experts', errors[0].message);
    if (!data?.expert) throw notFound('Expert', id);
    if (data.expert.status !== 'ACTIVE') throw conflict(`Expert is ${data.expert.status} on the roster; only ACTIVE experts are deployed`, { expertStatus: data.expert.status });
  }
}
