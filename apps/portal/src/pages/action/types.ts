import type { ActionWorkQuery } from '../../gql/graphql';

export type Action = NonNullable<ActionWorkQuery['action']>;
export type Activity = Action['activities']['edges'][number]['node'];
export type Draft = Action['activityDrafts'][number];
