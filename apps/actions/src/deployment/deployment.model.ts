import type { CursorOrder } from '@mieux/service-kit';
import type { DeploymentRow } from './deployment.entity';

export interface DeploymentModel {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
  status: string;
  startsOn: string;
  /** When it was booked, as the database gives it back: orders an activity's experts. */
  bookedAt: string;
  invitationId: string | null;
  recordedReason: string | null;
}

export function toDeploymentModel(
  row: Pick<DeploymentRow, 'id' | 'activityId' | 'expertId' | 'role' | 'status' | 'startsOn' | 'invitationId' | 'recordedReason'> & {
    createdAt: Date | string;
  },
): DeploymentModel {
  const { id, activityId, expertId, role, status, startsOn, createdAt } = row;
  return {
    id,
    activityId,
    expertId,
    role,
    status,
    startsOn,
    bookedAt: createdAt instanceof Date ? createdAt.toISOString() : String(createdAt),
    invitationId: row.invitationId ?? null,
    recordedReason: row.recordedReason ?? null,
  };
}

/** An activity's experts, in booking order. */
export const BY_BOOKING: CursorOrder<DeploymentModel> = { direction: 'ASC', sortKind: 'string', sortValue: (d) => d.bookedAt, id: (d) => d.id };

/** An expert's deployments, by start date. */
export const BY_START: CursorOrder<DeploymentModel> = { direction: 'ASC', sortKind: 'date', sortValue: (d) => d.startsOn, id: (d) => d.id };
