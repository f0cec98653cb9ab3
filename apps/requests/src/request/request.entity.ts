import type { EligibilityAssessment } from '@mieux/domain';
import { EVENT_ENTITIES, IDEMPOTENCY_COLUMNS, yearlySequence } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';
import { ProjectOfficerEntity } from '../officer/officer.entity';
import { PartnerInstitutionEntity, RequestPartnerEntity } from '../partner/partner.entity';

/** The Action Fiche as stored (JSON): what a project officer drafted for the Steering Committee. */
export interface ActionFicheRow {
  objectives: string;
  priorityNeeds: string[];
  plannedActivities: { type: string; count: number }[];
  draftedAt: string;
  /** 1 for the first draft, one more for each revision; absent on fiches drafted before versions were kept (1). */
  version?: number;
}

/** A project officer's override of the automatic eligibility result (JSON on the request). */
export interface EligibilityOverrideRow {
  eligible: boolean;
  rationale: string;
  at: string;
}

/** A request as stored; lists and documents that are only read whole are JSON text. */
export interface RequestRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  channel: string;
  beneficiaryCode: string;
  region: string | null;
  description: string;
  thematicAreas: string[];
  subTopics: string[];
  institutions: { name: string; type: string; countryCode: string | null }[];
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** EN or FR: the language the notifier writes to the contact in; null (before it was asked) reads as EN. */
  contactLanguage: string | null;
  expressionOfInterestOn: string;
  submittedAt: Date;
  letterReference: string | null;
  letterReceivedOn: string | null;
  letterChannel: string | null;
  eligibility: EligibilityAssessment | null;
  actionFiche: ActionFicheRow | null;
  decisionOutcome: string | null;
  decisionOn: string | null;
  decisionRationale: string | null;
  /** The Steering Committee member whose decision it is (DG_INTPA, DG_HOME, DG_NEAR, EEAS); null before a decision or for older ones. */
  decisionBody: string | null;
  eligibilityOverride: EligibilityOverrideRow | null;
  approvedOn: string | null;
  /** The partner institutions linked to the request (the request_partner rows, kept here for reading); null before any. */
  partnerIds: string[] | null;
  idempotencyKey: string | null;
  payloadHash: string | null;
  /** SHA-256 of the tracking code given once to the submitter; null for requests recorded before codes existed. */
  trackingCodeHash: string | null;
  /** The opaque id (`callerId`) of the signed-in caller who submitted it; null for the anonymous form. */
  submittedBy: string | null;
  /** The project officer in charge (`ProjectOfficerRow.id`); a new request goes to its region's coordinator. */
  assignedOfficerId: string | null;
}

export const RequestEntity = new EntitySchema<RequestRow>({
  name: 'Request',
  tableName: 'request',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    reference: { type: 'varchar', length: 20 },
    title: { type: 'varchar', length: 200 },
    status: { type: 'varchar', length: 32 },
    channel: { type: 'varchar', length: 16 },
    beneficiaryCode: { name: 'beneficiary_code', type: 'varchar', length: 16 },
    region: { type: 'varchar', length: 40, nullable: true },
    description: { type: 'text' },
    thematicAreas: { name: 'thematic_areas', type: 'simple-json' },
    subTopics: { name: 'sub_topics', type: 'simple-json' },
    institutions: { type: 'simple-json' },
    contactName: { name: 'contact_name', type: 'varchar', length: 200, nullable: true },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254, nullable: true },
    contactPhone: { name: 'contact_phone', type: 'varchar', length: 40, nullable: true },
    contactLanguage: { name: 'contact_language', type: 'varchar', length: 2, nullable: true },
    expressionOfInterestOn: { name: 'expression_of_interest_on', type: 'date' },
    submittedAt: { name: 'submitted_at', type: 'datetime', precision: 3 },
    letterReference: { name: 'letter_reference', type: 'varchar', length: 100, nullable: true },
    letterReceivedOn: { name: 'letter_received_on', type: 'date', nullable: true },
    letterChannel: { name: 'letter_channel', type: 'varchar', length: 16, nullable: true },
    eligibility: { type: 'simple-json', nullable: true },
    actionFiche: { name: 'action_fiche', type: 'simple-json', nullable: true },
    decisionOutcome: { name: 'decision_outcome', type: 'varchar', length: 16, nullable: true },
    decisionOn: { name: 'decision_on', type: 'date', nullable: true },
    decisionRationale: { name: 'decision_rationale', type: 'text', nullable: true },
    approvedOn: { name: 'approved_on', type: 'date', nullable: true },
    partnerIds: { name: 'partner_ids', type: 'simple-json', nullable: true },
    decisionBody: { name: 'decision_body', type: 'varchar', length: 16, nullable: true },
    eligibilityOverride: { name: 'eligibility_override', type: 'simple-json', nullable: true },
    ...IDEMPOTENCY_COLUMNS,
    trackingCodeHash: { name: 'tracking_code_hash', type: 'varchar', length: 64, nullable: true },
    submittedBy: { name: 'submitted_by', type: 'varchar', length: 32, nullable: true },
    assignedOfficerId: { name: 'assigned_officer_id', type: 'varchar', length: 32, nullable: true },
  },
});

/** One row per thematic area of a request (also kept on the request for reading): filters and figures group by it in SQL. */
export interface ThematicAreaRow {
  requestId: string;
  code: string;
}

export const ThematicAreaEntity = new EntitySchema<ThematicAreaRow>({
  name: 'RequestThematicArea',
  tableName: 'request_thematic_area',
  columns: {
    requestId: { name: 'request_id', type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 48, primary: true },
  },
});

/** One line of a request's history: who made the change is a role and the caller's opaque id (`callerId`), never the token's subject. */
export interface TransitionRow {
  id: number;
  requestId: string;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  /** Null for an anonymous expression of interest. */
  actorId: string | null;
  role: string | null;
  reason: string | null;
  /** TRANSITION, CORRECTION, ACTION_FICHE_REVISION, ELIGIBILITY_OVERRIDE or ASSIGNMENT; null on lines recorded before kinds (transitions). */
  kind: string | null;
  /** The Steering Committee member, on its decisions. */
  body: string | null;
}

export const TransitionEntity = new EntitySchema<TransitionRow>({
  name: 'RequestTransition',
  tableName: 'request_transition',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    requestId: { name: 'request_id', type: 'varchar', length: 36 },
    fromStatus: { name: 'from_status', type: 'varchar', length: 32, nullable: true },
    toStatus: { name: 'to_status', type: 'varchar', length: 32 },
    at: { type: 'datetime', precision: 3 },
    actorId: { name: 'actor_id', type: 'varchar', length: 32, nullable: true },
    role: { type: 'varchar', length: 32, nullable: true },
    reason: { type: 'text', nullable: true },
    kind: { type: 'varchar', length: 32, nullable: true },
    body: { type: 'varchar', length: 16, nullable: true },
  },
});

/** The sign-in (token subject) behind an opaque actor id, kept apart from the history for project officers only. */
export interface RequestActorRow {
  actorId: string;
  subject: string;
}

export const RequestActorEntity = new EntitySchema<RequestActorRow>({
  name: 'RequestActor',
  tableName: 'request_actor',
  columns: {
    actorId: { name: 'actor_id', type: 'varchar', length: 32, primary: true },
    subject: { type: 'varchar', length: 254 },
  },
});

/** Every version of a request's Action Fiche, the current one included: earlier versions stay readable. */
export interface ActionFicheVersionRow {
  requestId: string;
  version: number;
  fiche: ActionFicheRow;
}

export const ActionFicheVersionEntity = new EntitySchema<ActionFicheVersionRow>({
  name: 'ActionFicheVersion',
  tableName: 'action_fiche_version',
  columns: {
    requestId: { name: 'request_id', type: 'varchar', length: 36, primary: true },
    version: { type: 'integer', primary: true },
    fiche: { type: 'simple-json' },
  },
});

/** REQ-<year>-<nnn> numbers. */
export const REQUEST_REFERENCES = yearlySequence('RequestReferenceSequence', 'request_reference_sequence');

export const ENTITIES = [
  RequestEntity,
  ThematicAreaEntity,
  TransitionEntity,
  RequestActorEntity,
  ActionFicheVersionEntity,
  REQUEST_REFERENCES.entity,
  PartnerInstitutionEntity,
  RequestPartnerEntity,
  ProjectOfficerEntity,
  ...EVENT_ENTITIES,
];
