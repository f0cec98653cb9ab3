import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

export interface ActivityFact {
  id: string;
  status: string;
  action: { id: string };
  deployments: { expert: { id: string } }[];
}

/** Facts owned by the actions service, asked with the caller's identity (ARCHITECTURE.md). */
export class Facts {
  constructor(private readonly config: ServiceConfig) {}

  /** An activity the actions service knows and that is not cancelled. */
  async activity(ctx: SubgraphContext, id: string): Promise<ActivityFact> {
    const activity = await askOwner<ActivityFact>(ctx, this.config, {
      service: 'actions',
      query: 'query($id: ID!) { activity(id: $id) { id status action { id } deployments { expert { id } } } }',
      variables: { id },
    });
    if (!activity) throw notFound('Activity', id);
    if (activity.status === 'CANCELLED') throw conflict('Activity is CANCELLED; nothing is recorded for it', { activityStatus: activity.status });
    return activity;
  }

  /** An Action the actions service knows. */
  async action(ctx: SubgraphContext, id: string): Promise<{ id: string; status: string }> {
    const action = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'actions', query: 'query($id: ID!) { action(id: $id) { id status } }', variables: { id } });
    if (!action) throw notFound('Action', id);
    return action;
  }
}
