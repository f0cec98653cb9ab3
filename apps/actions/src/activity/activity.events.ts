import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import { dateString } from '../action/action.repository';
import type { ActivityRow } from './activity.entity';

/** A planned activity's event, in its transaction: its type, dates, place and status, not its title. */
export function publishActivityPlanned(manager: EntityManager, row: ActivityRow): Promise<unknown> {
  const { id: activityId, actionId, status, type, countryCode, workingLanguages } = row;
  return publish(manager, 'ActivityPlanned', activityId, {
    activityId,
    actionId,
    startsOn: dateString(row.startsOn),
    endsOn: dateString(row.endsOn),
    status,
    type,
    countryCode,
    workingLanguages,
  });
}

/** An activity's new working languages, in the transaction that corrects them. */
export function publishActivityLanguagesChanged(manager: EntityManager, row: Pick<ActivityRow, 'id' | 'actionId' | 'workingLanguages'>): Promise<unknown> {
  return publish(manager, 'ActivityLanguagesChanged', row.id, { activityId: row.id, actionId: row.actionId, workingLanguages: row.workingLanguages });
}

/** An activity's new dates, in the transaction that moves them. */
export function publishActivityRescheduled(manager: EntityManager, row: Pick<ActivityRow, 'id' | 'actionId' | 'startsOn' | 'endsOn'>): Promise<unknown> {
  return publish(manager, 'ActivityRescheduled', row.id, {
    activityId: row.id,
    actionId: row.actionId,
    startsOn: dateString(row.startsOn),
    endsOn: dateString(row.endsOn),
  });
}

/** A move of an activity's status, in its transaction. */
export function publishActivityMove(manager: EntityManager, row: ActivityRow, from: string, to: string): Promise<unknown> {
  return publish(manager, 'ActivityStatusChanged', row.id, { activityId: row.id, actionId: row.actionId, from, to });
}
