import { askOwner, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

/** What the experts service asks of the actions service, which owns deployments. */
export const END_FUTURE_DEPLOYMENTS = 'mutation($expertId: ID!) { endFutureDeployments(expertId: $expertId) { id } }';

/**
 * Deployments live in the actions service's database, consent in this one: no transaction spans both.
 * Once a withdrawal of consent (or an erasure) has committed here, the actions service is asked to end
 * the expert's deployments not yet begun, under the expert's lock there, which a booking holds while it
 * asks this service whether the expert is still deployable. So a booking either sees the withdrawal and
 * is refused, or commits first and is ended by this call. The call is idempotent: when the actions
 * service cannot answer, the caller gets SERVICE_UNAVAILABLE naming it and withdrawing again finishes it.
 */
export class DeploymentClient {
  constructor(private readonly config: ServiceConfig) {}

  async endFutureDeployments(ctx: SubgraphContext, expertId: string): Promise<void> {
    await askOwner<{ id: string }[]>(ctx, this.config, { service: 'actions', query: END_FUTURE_DEPLOYMENTS, variables: { expertId } });
  }
}
