import { invitationStatusAt, type InvitationStatus } from '@mieux/domain';
import type { CursorOrder } from '@mieux/service-kit';
import { dateString } from '../action/action.repository';
import type { InvitationRow } from './invitation.entity';

export interface InvitationModel {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
  termsOfReference: string;
  /** As it stands when read: a waiting invitation past its expiry reads EXPIRED before anything writes it. */
  status: InvitationStatus;
  startsOn: string;
  endsOn: string;
  invitedAt: string;
  expiresAt: string;
  answeredAt: string | null;
  answerReason: string | null;
  overrideReason: string | null;
  deploymentId: string | null;
}

const instant = (value: Date | string) => (value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`));

export function toInvitationModel(row: InvitationRow, now: Date): InvitationModel {
  const expiresAt = instant(row.expiresAt);
  return {
    id: row.id,
    activityId: row.activityId,
    expertId: row.expertId,
    role: row.role,
    termsOfReference: row.termsOfReference,
    status: invitationStatusAt({ status: row.status, expiresAt }, now),
    startsOn: dateString(row.startsOn),
    endsOn: dateString(row.endsOn),
    invitedAt: instant(row.invitedAt).toISOString(),
    expiresAt: expiresAt.toISOString(),
    answeredAt: row.answeredAt ? instant(row.answeredAt).toISOString() : null,
    answerReason: row.answerReason,
    overrideReason: row.overrideReason,
    deploymentId: row.deploymentId,
  };
}

/** The latest invitations first. */
export const LATEST_FIRST: CursorOrder<InvitationModel> = { direction: 'DESC', sortKind: 'string', sortValue: (i) => i.invitedAt, id: (i) => i.id };
