import type { InvitationWithdrawalReason } from '@mieux/domain';
import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import { dateString } from '../action/action.repository';
import type { InvitationRow } from './invitation.entity';

const factsOf = (row: InvitationRow) => ({ invitationId: row.id, activityId: row.activityId, expertId: row.expertId });

/** An expert invited, holding the dates; in the transaction of the invitation. */
export function publishExpertInvited(manager: EntityManager, row: InvitationRow): Promise<unknown> {
  return publish(manager, 'ExpertInvited', row.id, {
    ...factsOf(row),
    role: row.role,
    startsOn: dateString(row.startsOn),
    endsOn: dateString(row.endsOn),
    expiresAt: row.expiresAt.toISOString(),
    outsideAvailability: row.overrideReason !== null,
  });
}

export function publishInvitationAccepted(manager: EntityManager, row: InvitationRow, deploymentId: string): Promise<unknown> {
  return publish(manager, 'InvitationAccepted', row.id, { ...factsOf(row), deploymentId });
}

export function publishInvitationDeclined(manager: EntityManager, row: InvitationRow): Promise<unknown> {
  return publish(manager, 'InvitationDeclined', row.id, factsOf(row));
}

export function publishInvitationExpired(manager: EntityManager, row: InvitationRow): Promise<unknown> {
  return publish(manager, 'InvitationExpired', row.id, { ...factsOf(row), expiresAt: row.expiresAt.toISOString() });
}

export function publishInvitationWithdrawn(manager: EntityManager, row: InvitationRow, reason: InvitationWithdrawalReason): Promise<unknown> {
  return publish(manager, 'InvitationWithdrawn', row.id, { ...factsOf(row), reason });
}
