import { askOwner, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ActionFact } from './action.model';

interface ActionActivities {
  activities: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; status: string } }[] };
}

interface ActionIdsPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const MY_ACTIONS = `query($after: String) { myActions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

const ACTIVITIES = `query($id: ID!, $after: String) { action(id: $id) { activities(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id status } } } } }`;

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

  /** The ids of the caller's Actions (a partner's: its institution's), as the actions service lists them, page by page. */
  async myActionIds(ctx: SubgraphContext): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ActionIdsPage | null = await askOwner<ActionIdsPage>(ctx, this.config, { service: 'actions', query: MY_ACTIONS, variables: { after } });
      ids.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every activity of an Action, with its status, page by page. */
  async activitiesOf(ctx: SubgraphContext, id: string): Promise<{ id: string; status: string }[]> {
    const activities: { id: string; status: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const action: ActionActivities | null = await askOwner<ActionActivities>(ctx, this.config, {
        service: 'actions',
        query: ACTIVITIES,
        variables: { id, after },
      });
      if (!action) throw notFound('Action', id);
      activities.push(...action.activities.edges.map((e) => e.node));
      if (!action.activities.pageInfo.hasNextPage) return activities;
      after = action.activities.pageInfo.endCursor;
    }
  }
}
