import type { ActivityRow } from './activity.entity';

/** An activity as resolvers see it: the row without its bookkeeping. */
export type ActivityModel = Omit<ActivityRow, 'createdAt'>;

export function toActivityModel(row: ActivityRow): ActivityModel {
  const { createdAt: _created, ...model } = row;
  return { ...model, online: Boolean(row.online) };
}
