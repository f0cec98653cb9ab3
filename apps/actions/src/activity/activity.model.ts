import type { CursorOrder } from '@mieux/service-kit';
import type { ActivityRow } from './activity.entity';

/** An activity as resolvers see it: the row without its bookkeeping. */
export type ActivityModel = Omit<ActivityRow, 'createdAt' | 'idempotencyKey' | 'payloadHash'>;

export function toActivityModel(row: ActivityRow): ActivityModel {
  const { id, actionId, type, format, title, startsOn, endsOn, countryCode, city, online, workingLanguages, status } = row;
  return { id, actionId, type, format, title, startsOn, endsOn, countryCode, city, online: Boolean(online), workingLanguages, status };
}

/** A draft of the Action Fiche as resolvers see it. */
export interface ActivityDraftModel {
  id: string;
  type: string;
  title: string;
  activityId: string | null;
}

/** An Action's activities, by start date. */
export const BY_START_DATE: CursorOrder<ActivityModel> = { direction: 'ASC', sortKind: 'date', sortValue: (a) => a.startsOn, id: (a) => a.id };
