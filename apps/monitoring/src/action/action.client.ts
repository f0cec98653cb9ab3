import { askOwner, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ActionFact } from './action.model';

/** Actions, asked of the actions service with the caller's identity (ARCHITECTURE.md). */
export class ActionClient {
  constructor(private readonly config: ServiceConfig) {}

  /** An Action the actions service knows. */
  async action(ctx: SubgraphContext, id: string): Promise<ActionFact> {
    const action = await askOwner<ActionFact>(ctx, this.config, {
      service: 'actions',
      query: 'query($id: ID!) { action(id: $id) { id status } }',
      variables: { id },
    });
    if (!action) throw notFound('Action', id);
    return action;
  }
}
