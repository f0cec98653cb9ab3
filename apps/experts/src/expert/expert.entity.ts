import { EVENT_ENTITIES, IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

/**
 * An expert as stored. Personal columns (name, e-mail, phone, CV) become NULL on erasure; the facts
 * that statistics and audit need (employer, public official, member state, expertise) stay.
 */
export interface ExpertRow {
  id: string;
  status: string;
  fullName: string | null;
  email: string | null;
  phone: string | null;
  cvSummary: string | null;
  nationality: string;
  employerType: string;
  publicOfficial: boolean;
  memberState: string | null;
  thematicAreas: string[];
  subTopics: string[];
  languages: string[];
  regions: string[];
  countriesOfExperience: string[];
  availability: { from: string; to: string }[];
  consentGivenAt: Date;
  privacyNoticeVersion: string;
  consentWithdrawnAt: Date | null;
  refusalReason: string | null;
  erasedAt: Date | null;
  appliedAt: Date;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const ExpertEntity = new EntitySchema<ExpertRow>({
  name: 'Expert',
  tableName: 'expert',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    status: { type: 'varchar', length: 16 },
    fullName: { name: 'full_name', type: 'varchar', length: 200, nullable: true },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 40, nullable: true },
    cvSummary: { name: 'cv_summary', type: 'text', nullable: true },
    nationality: { type: 'varchar', length: 2 },
    employerType: { name: 'employer_type', type: 'varchar', length: 40 },
    publicOfficial: { name: 'public_official', type: 'boolean' },
    memberState: { name: 'member_state', type: 'varchar', length: 2, nullable: true },
    thematicAreas: { name: 'thematic_areas', type: 'simple-json' },
    subTopics: { name: 'sub_topics', type: 'simple-json' },
    languages: { type: 'simple-json' },
    regions: { type: 'simple-json' },
    countriesOfExperience: { name: 'countries_of_experience', type: 'simple-json' },
    availability: { type: 'simple-json' },
    consentGivenAt: { name: 'consent_given_at', type: 'datetime', precision: 3 },
    privacyNoticeVersion: { name: 'privacy_notice_version', type: 'varchar', length: 20 },
    consentWithdrawnAt: { name: 'consent_withdrawn_at', type: 'datetime', precision: 3, nullable: true },
    refusalReason: { name: 'refusal_reason', type: 'text', nullable: true },
    erasedAt: { name: 'erased_at', type: 'datetime', precision: 3, nullable: true },
    appliedAt: { name: 'applied_at', type: 'datetime', precision: 3 },
    ...IDEMPOTENCY_COLUMNS,
  },
});

/** Thematic areas and languages, one row each, so roster filters and matching are indexed SQL. */
export const ExpertThematicAreaEntity = new EntitySchema<{ expertId: string; code: string }>({
  name: 'ExpertThematicArea',
  tableName: 'expert_thematic_area',
  columns: { expertId: { name: 'expert_id', type: 'varchar', length: 36, primary: true }, code: { type: 'varchar', length: 48, primary: true } },
});

export const ExpertLanguageEntity = new EntitySchema<{ expertId: string; code: string }>({
  name: 'ExpertLanguage',
  tableName: 'expert_language',
  columns: { expertId: { name: 'expert_id', type: 'varchar', length: 36, primary: true }, code: { type: 'varchar', length: 8, primary: true } },
});

/** What was done to an expert's record, by which role, when: never any personal data. */
export interface AuditRow {
  id: number;
  expertId: string;
  action: string;
  actorRole: string | null;
  at: Date;
}

/** The audit action of an expert written by a bulk load (the demo roster): a running matching index reads the roster again. */
export const LOADED = 'LOADED';

export const ExpertAuditEntity = new EntitySchema<AuditRow>({
  name: 'ExpertAudit',
  tableName: 'expert_audit',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    expertId: { name: 'expert_id', type: 'varchar', length: 36 },
    action: { type: 'varchar', length: 40 },
    actorRole: { name: 'actor_role', type: 'varchar', length: 32, nullable: true },
    at: { type: 'datetime', precision: 3 },
  },
});

export const ENTITIES = [ExpertEntity, ExpertThematicAreaEntity, ExpertLanguageEntity, ExpertAuditEntity, ...EVENT_ENTITIES];
