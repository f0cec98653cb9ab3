import { ACTIVITY_STATUS_OPEN_FOR_RECORDING, isOpenForRecording } from '@mieux/domain';
import { askOwner, badUserInput, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ActivityFact } from './activity.model';

/** The actions service's answer: the activity with one page of its deployments. */
interface ActivityPage {
  id: string;
  title: string;
  status: string;
  action: { id: string };
  deployments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { expert: { id: string } | null } }[] };
}

const ACTIVITY = `query($id: ID!, $after: String) { activity(id: $id) { id title status action { id }
  deployments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { expert { id } } } } } }`;

/** Activities, asked of the actions service with the caller's identity (ARCHITECTURE.md). */
export class ActivityClient {
  constructor(private readonly config: ServiceConfig) {}

  /** An activity the actions service knows and that is held (only then has anyone taken part in it), with every expert deployed on it. */
  async activity(ctx: SubgraphContext, id: string): Promise<ActivityFact> {
    const deployedExpertIds: string[] = [];
    let after: string | null = null;
    for (;;) {
      const activity: ActivityPage | null = await askOwner<ActivityPage>(ctx, this.config, { service: 'actions', query: ACTIVITY, variables: { id, after } });
      if (!activity) throw notFound('Activity', id);
      if (!isOpenForRecording(activity.status)) {
        throw badUserInput([
          {
            field: 'activityId',
            message: `the activity is ${activity.status}; participation and evaluations are recorded once it is ${ACTIVITY_STATUS_OPEN_FOR_RECORDING}`,
          },
        ]);
      }
      deployedExpertIds.push(...activity.deployments.edges.flatMap((e) => (e.node.expert ? [e.node.expert.id] : [])));
      if (!activity.deployments.pageInfo.hasNextPage)
        return { id: activity.id, title: activity.title, status: activity.status, action: activity.action, deployedExpertIds };
      after = activity.deployments.pageInfo.endCursor;
    }
  }

  /** Whether the caller reads the activity (a partner: of its institution's Action), as the actions service decides. */
  async readsActivity(ctx: SubgraphContext, id: string): Promise<boolean> {
    return (
      (await askOwner<{ id: string }>(ctx, this.config, { service: 'actions', query: 'query($id: ID!) { activity(id: $id) { id } }', variables: { id } })) !==
      null
    );
  }
}
