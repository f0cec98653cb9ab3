import { ACTIVITY_STATUS_OPEN_FOR_RECORDING, isOpenForRecording } from '@mieux/domain';
import { askOwner, badUserInput, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ActivityFact } from './activity.model';

/** Activities, asked of the actions service with the caller's identity (ARCHITECTURE.md). */
export class ActivityClient {
  constructor(private readonly config: ServiceConfig) {}

  /** An activity the actions service knows and that is held: only then has anyone taken part in it. */
  async activity(ctx: SubgraphContext, id: string): Promise<ActivityFact> {
    const activity = await askOwner<ActivityFact>(ctx, this.config, {
      service: 'actions',
      query: 'query($id: ID!) { activity(id: $id) { id status action { id } deployments { expert { id } } } }',
      variables: { id },
    });
    if (!activity) throw notFound('Activity', id);
    if (!isOpenForRecording(activity.status)) {
      throw badUserInput([
        {
          field: 'activityId',
          message: `the activity is ${activity.status}; participation and evaluations are recorded once it is ${ACTIVITY_STATUS_OPEN_FOR_RECORDING}`,
        },
      ]);
    }
    return activity;
  }
}
