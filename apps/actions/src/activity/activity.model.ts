import type { ActivityRow } from './activity.entity';

export interface ActivityModel {
  id: string;
  actionId: string;
  type: string;
  format: string;
  title: string;
  startsOn: string;
  endsOn: string;
  countryCode: string;
  city: string | null;
  online: boolean;
  status: string;
}

export function toActivityModel(row: ActivityRow): ActivityModel {
  const { createdAt: _created, ...model } = row;
  return { ...model, online: Boolean(row.online) };
}
