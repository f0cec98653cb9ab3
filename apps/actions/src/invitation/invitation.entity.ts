import { IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

/**
 * An expert invited to an activity. While INVITED and not expired it holds the expert's dates, copied
 * from the activity (and moved with it) so that bookings check one indexed table each.
 */
export interface InvitationRow {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
  termsOfReference: string;
  status: string;
  startsOn: string;
  endsOn: string;
  invitedAt: Date;
  expiresAt: Date;
  /** The opaque id of the officer who invited. */
  invitedBy: string | null;
  /** Why the dates were asked outside the expert's availability; null when they were within it. */
  overrideReason: string | null;
  answeredAt: Date | null;
  /** The expert's reason for declining, or the officer's for withdrawing. */
  answerReason: string | null;
  /** The deployment an acceptance made. */
  deploymentId: string | null;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const InvitationEntity = new EntitySchema<InvitationRow>({
  name: 'Invitation',
  tableName: 'invitation',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    expertId: { name: 'expert_id', type: 'varchar', length: 36 },
    role: { type: 'varchar', length: 16 },
    termsOfReference: { name: 'terms_of_reference', type: 'text' },
    status: { type: 'varchar', length: 16 },
    startsOn: { name: 'starts_on', type: 'date' },
    endsOn: { name: 'ends_on', type: 'date' },
    invitedAt: { name: 'invited_at', type: 'datetime', precision: 3 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    invitedBy: { name: 'invited_by', type: 'varchar', length: 64, nullable: true },
    overrideReason: { name: 'override_reason', type: 'varchar', length: 1000, nullable: true },
    answeredAt: { name: 'answered_at', type: 'datetime', precision: 3, nullable: true },
    answerReason: { name: 'answer_reason', type: 'varchar', length: 1000, nullable: true },
    deploymentId: { name: 'deployment_id', type: 'varchar', length: 36, nullable: true },
    ...IDEMPOTENCY_COLUMNS,
  },
});
