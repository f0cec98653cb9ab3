import { IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';
import type { ActivityFieldChange } from '@mieux/domain';
import { EntitySchema } from 'typeorm';

export interface ActivityRow {
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
  /** ISO 639-1 codes, the first the main one. */
  workingLanguages: string[];
  status: string;
  createdAt: Date;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const ActivityEntity = new EntitySchema<ActivityRow>({
  name: 'Activity',
  tableName: 'activity',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    type: { type: 'varchar', length: 32 },
    format: { type: 'varchar', length: 48 },
    title: { type: 'varchar', length: 200 },
    startsOn: { name: 'starts_on', type: 'date' },
    endsOn: { name: 'ends_on', type: 'date' },
    countryCode: { name: 'country_code', type: 'varchar', length: 16 },
    city: { type: 'varchar', length: 100, nullable: true },
    online: { type: 'boolean' },
    workingLanguages: { name: 'working_languages', type: 'simple-json' },
    status: { type: 'varchar', length: 16 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    ...IDEMPOTENCY_COLUMNS,
  },
});

/**
 * An activity the Action Fiche planned, waiting for its dates: created with the Action from the
 * fiche's planned activities (its type and a title), and linked to the activity it becomes once dated.
 */
export interface ActivityDraftRow {
  id: string;
  actionId: string;
  type: string;
  title: string;
  position: number;
  activityId: string | null;
}

export const ActivityDraftEntity = new EntitySchema<ActivityDraftRow>({
  name: 'ActivityDraft',
  tableName: 'activity_draft',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    type: { type: 'varchar', length: 32 },
    title: { type: 'varchar', length: 200 },
    position: { type: 'integer' },
    activityId: { name: 'activity_id', type: 'varchar', length: 36, nullable: true },
  },
});

/** A correction or rescheduling of an activity: the fields changed (from, to), who (role, opaque caller id), when, why. */
export interface ActivityChangeRow {
  id?: number;
  activityId: string;
  changes: ActivityFieldChange[];
  role: string | null;
  actorId: string | null;
  at: Date;
  reason: string | null;
}

export const ActivityChangeEntity = new EntitySchema<ActivityChangeRow>({
  name: 'ActivityChange',
  tableName: 'activity_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    changes: { type: 'simple-json' },
    role: { type: 'varchar', length: 32, nullable: true },
    actorId: { name: 'actor_id', type: 'varchar', length: 32, nullable: true },
    at: { type: 'datetime', precision: 3 },
    reason: { type: 'varchar', length: 2000, nullable: true },
  },
});
