import { isOpenForRecording } from '@mieux/domain';
import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ActivityFact } from './activity.model';

/** Activities, asked of the actions service with the caller's identity (ARCHITECTURE.md). */
export class ActivityClient {
  constructor(private readonly config: ServiceConfig) {}

  /** An activity the actions service knows and that is not cancelled. */
  async activity(ctx: SubgraphContext, id: string): Promise<ActivityFact> {
    const activity = await askOwner<ActivityFact>(ctx, this.config, {
      service: 'actions',
      query: 'query($id: ID!) { activity(id: $id) { id status action { id } deployments { expert { id } } } }',
      variables: { id },
    });
    if (!activity) throw notFound('Activity', id);
    if (!isOpenForRecording(activity.status)) throw conflict(`Activity is ${activity.status}; nothing is recorded for it`, { activityStatus: activity.status });
    return activity;
  }
}
