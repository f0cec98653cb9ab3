import type { EventPayload } from '@mieux/events';
import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { ActionRow } from './action.entity';

/** A new Action's event, in the transaction that creates it: what it is for and where (beneficiary, region, thematic areas), not its title. */
export function publishActionCreated(manager: EntityManager, row: ActionRow): Promise<unknown> {
  return publish(manager, 'ActionCreated', row.id, createdPayload(row));
}

/** What a new Action tells (the demo's load tells it of each Action as it stands). */
export function createdPayload(
  row: Pick<ActionRow, 'id' | 'requestId' | 'reference' | 'beneficiaryCode' | 'region' | 'thematicAreas' | 'status' | 'approvedOn'>,
): EventPayload<'ActionCreated'> {
  const { id: actionId, requestId, reference, beneficiaryCode, region, thematicAreas, status, approvedOn } = row;
  return {
    actionId,
    requestId,
    reference,
    beneficiaryCode,
    region,
    thematicAreas,
    status,
    approvedOn: String(approvedOn).slice(0, 10),
  };
}

/** A move of an Action's status, in its transaction: closing and cancelling are events of their own. */
export function publishActionMove(manager: EntityManager, actionId: string, from: string, to: string): Promise<unknown> {
  if (to === 'CLOSED') return publish(manager, 'ActionClosed', actionId, { actionId, from });
  if (to === 'CANCELLED') return publish(manager, 'ActionCancelled', actionId, { actionId, from });
  return publish(manager, 'ActionStatusChanged', actionId, { actionId, from, to });
}
