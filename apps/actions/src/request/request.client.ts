import { opensAnAction, REQUEST_STATUS_OPENING_AN_ACTION } from '@mieux/domain';
import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ApprovedRequest } from './request.model';

/** What this service asks the requests service about a request (its tests check their stub against the real owner). */
export const REQUEST_FACT_QUERY =
  'query($id: ID!) { request(id: $id) { id status title approvedOn thematicAreas subTopics country { code region } partners { id } assignedOfficer { id } actionFiche { plannedActivities { type count } } } }';

/** What this service asks the requests service about a project officer. */
export const OFFICER_QUERY = 'query($id: ID!) { projectOfficer(id: $id) { id displayName } }';

/** Requests, asked of the requests service with the caller's identity (ARCHITECTURE.md). */
export class RequestClient {
  constructor(private readonly config: ServiceConfig) {}

  /** A project officer, asked of the requests service; NOT_FOUND when it knows none of this id. */
  async projectOfficer(ctx: SubgraphContext, id: string): Promise<{ id: string; displayName: string }> {
    const officer = await askOwner<{ id: string; displayName: string }>(ctx, this.config, {
      service: 'requests',
      query: OFFICER_QUERY,
      variables: { id },
    });
    if (!officer) throw notFound('ProjectOfficer', id);
    return officer;
  }

  /** The request an Action is created from; refused unless APPROVED. */
  async approvedRequest(ctx: SubgraphContext, id: string): Promise<ApprovedRequest & { approvedOn: string }> {
    const request = await askOwner<ApprovedRequest>(ctx, this.config, {
      service: 'requests',
      query: REQUEST_FACT_QUERY,
      variables: { id },
    });
    if (!request) throw notFound('Request', id);
    if (!opensAnAction(request.status) || !request.approvedOn) {
      throw conflict(`Request is ${request.status}; an Action is created only from an ${REQUEST_STATUS_OPENING_AN_ACTION} request`, {
        requestStatus: request.status,
      });
    }
    return { ...request, approvedOn: request.approvedOn };
  }
}
