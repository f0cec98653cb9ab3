import { yearlySequence } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

export interface ActionRow {
  id: string;
  reference: string;
  requestId: string;
  title: string;
  beneficiaryCode: string;
  region: string | null;
  thematicAreas: string[];
  /** Its request's sub-topics (codes). */
  subTopics: string[];
  approvedOn: string;
  status: string;
  createdAt: Date;
  /** The project officer in charge (the requests service's ProjectOfficer id): its request's when created, unless assigned since. */
  assignedOfficerId: string | null;
}

export const ActionEntity = new EntitySchema<ActionRow>({
  name: 'Action',
  tableName: 'action',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    reference: { type: 'varchar', length: 24 },
    requestId: { name: 'request_id', type: 'varchar', length: 36 },
    title: { type: 'varchar', length: 200 },
    beneficiaryCode: { name: 'beneficiary_code', type: 'varchar', length: 16 },
    region: { type: 'varchar', length: 40, nullable: true },
    thematicAreas: { name: 'thematic_areas', type: 'simple-json' },
    subTopics: { name: 'sub_topics', type: 'simple-json' },
    approvedOn: { name: 'approved_on', type: 'date' },
    status: { type: 'varchar', length: 24 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    assignedOfficerId: { name: 'assigned_officer_id', type: 'varchar', length: 32, nullable: true },
  },
});

/** One row per thematic area of an Action (also kept on the Action): filters and slices group by it in SQL. */
export const ActionThematicAreaEntity = new EntitySchema<{ actionId: string; code: string }>({
  name: 'ActionThematicArea',
  tableName: 'action_thematic_area',
  columns: {
    actionId: { name: 'action_id', type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 48, primary: true },
  },
});

/**
 * The partner institutions of an Action (the requests service's, copied from its request when the
 * Action is created): their partners read the Action, its activities and what monitoring records.
 */
export const ActionPartnerEntity = new EntitySchema<{ actionId: string; institutionId: string }>({
  name: 'ActionPartner',
  tableName: 'action_partner',
  columns: {
    actionId: { name: 'action_id', type: 'varchar', length: 36, primary: true },
    institutionId: { name: 'institution_id', type: 'varchar', length: 36, primary: true },
  },
});

/** MIEUX-<year of approval>-<nnn> numbers. */
export const ACTION_REFERENCES = yearlySequence('ActionReferenceSequence', 'action_reference_sequence');

/** One move of an Action: who (role, opaque caller id), when, why. */
export interface ActionTransitionRow {
  id?: number;
  actionId: string;
  fromStatus: string | null;
  toStatus: string;
  role: string | null;
  actorId: string | null;
  at: Date;
  reason: string | null;
}

export const ActionTransitionEntity = new EntitySchema<ActionTransitionRow>({
  name: 'ActionTransition',
  tableName: 'action_transition',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    fromStatus: { name: 'from_status', type: 'varchar', length: 24, nullable: true },
    toStatus: { name: 'to_status', type: 'varchar', length: 24 },
    role: { type: 'varchar', length: 32, nullable: true },
    actorId: { name: 'actor_id', type: 'varchar', length: 32, nullable: true },
    at: { type: 'datetime', precision: 3 },
    reason: { type: 'varchar', length: 2000, nullable: true },
  },
});
