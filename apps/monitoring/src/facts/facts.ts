import { callSubgraph, conflict, defaultSubgraphUrl, forbidden, notFound, serviceUnavailable, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

export interface ActivityFact {
  id: string;
  status: string;
  action: { id: string };
  deployments: { expert: { id: string } }[];
}

/** Facts owned by the actions service, asked with the caller's identity (ARCHITECTURE.md). */
export class Facts {
  constructor(private readonly config: ServiceConfig) {}

  private async ask<T>(ctx: SubgraphContext, query: string, id: string): Promise<T | null> {
    const { data, errors } = await callSubgraph<Record<string, T | null>>({
      service: 'actions',
      url: this.config.subgraphUrls.actions ?? defaultSubgraphUrl('actions'),
      query,
      variables: { id },
      identity: ctx.identity,
      secret: this.config.subgraphSecret,
      requestId: ctx.requestId,
      timeoutMs: this.config.subgraphTimeoutMs,
    });
    const value = data ? Object.values(data)[0] : null;
    if (!value && errors.length > 0) {
      const code = errors[0].extensions?.code;
      if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw forbidden(errors[0].message);
      throw serviceUnavailable('actions', errors[0].message);
    }
    return value ?? null;
  }

  /** An activity the actions service knows and that is not cancelled. */
  async activity(ctx: SubgraphContext, id: string): Promise<ActivityFact> {
    const activity = await this.ask<ActivityFact>(ctx, 'query($id: ID!) { activity(id: $id) { id status action { id } deployments { expert { id } } } }', id);
    if (!activity) throw notFound('Activity', id);
    if (activity.status === 'CANCELLED') throw conflict('Activity is CANCELLED; nothing is recorded for it', { activityStatus: activity.status });
    return activity;
  }

  /** An Action the actions service knows. */
  async action(ctx: SubgraphContext, id: string): Promise<{ id: string; status: string }> {
    const action = await this.ask<{ id: string; status: string }>(ctx, 'query($id: ID!) { action(id: $id) { id status } }', id);
    if (!action) throw notFound('Action', id);
    return action;
  }
}
