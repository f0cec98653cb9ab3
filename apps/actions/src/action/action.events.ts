import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { ActionRow } from './action.entity';

/** A new Action's event, in the transaction that creates it: what it is for and where, not its title. */
export function publishActionCreated(manager: EntityManager, row: ActionRow): Promise<unknown> {
  const { id: actionId, requestId, reference, beneficiaryCode, status, approvedOn } = row;
  return publish(manager, 'ActionCreated', actionId, { actionId, requestId, reference, beneficiaryCode, status, approvedOn: String(approvedOn).slice(0, 10) });
}

/** A move of an Action's status, in its transaction: closing and cancelling are events of their own. */
export function publishActionMove(manager: EntityManager, actionId: string, from: string, to: string): Promise<unknown> {
  if (to === 'CLOSED') return publish(manager, 'ActionClosed', actionId, { actionId, from });
  if (to === 'CANCELLED') return publish(manager, 'ActionCancelled', actionId, { actionId, from });
  return publish(manager, 'ActionStatusChanged', actionId, { actionId, from, to });
}
