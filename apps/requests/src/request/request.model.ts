import type { EligibilityAssessment } from '@mieux/domain';
import type { ActionFicheRow, EligibilityOverrideRow, RequestRow, TransitionRow } from './request.entity';

export interface InstitutionModel {
  name: string;
  type: string;
  countryCode: string | null;
}

/** An Action Fiche with its version (1 for fiches drafted before versions were kept). */
export type ActionFicheModel = ActionFicheRow & { version: number };

export function toActionFicheModel(fiche: ActionFicheRow): ActionFicheModel {
  return { ...fiche, version: fiche.version ?? 1 };
}

/** A focal point, with the language the graph writes to them in. */
export interface ContactModel {
  name: string;
  email: string;
  phone: string | null;
  language: 'EN' | 'FR';
}

/** A stored language (null before it was asked) as the graph answers it. */
export function languageOf(stored: string | null | undefined): 'EN' | 'FR' {
  return stored === 'FR' ? 'FR' : 'EN';
}

/** A request as resolvers see it: a plain object, never the stored row. */
export interface RequestModel {
  id: string;
  reference: string;
  title: string;
  status: string;
  channel: string;
  beneficiaryCode: string;
  thematicAreas: string[];
  subTopics: string[];
  institutions: InstitutionModel[];
  description: string;
  contact: ContactModel | null;
  expressionOfInterestOn: string;
  submittedAt: Date;
  officialLetter: { reference: string; receivedOn: string; channel: string } | null;
  eligibility: EligibilityAssessment | null;
  actionFiche: ActionFicheModel | null;
  decision: { outcome: string; decidedOn: string; rationale: string; body: string | null } | null;
  eligibilityOverride: EligibilityOverrideRow | null;
  approvedOn: string | null;
  /** The partner institutions linked to it. */
  partnerIds: string[];
  /** The opaque id of the signed-in caller who submitted it; null for the anonymous form. */
  submittedBy: string | null;
  /** The project officer in charge, if any. */
  assignedOfficerId: string | null;
  /** Set on the request returned to the caller who just submitted it, anonymous or not. */
  grantedToCaller?: boolean;
  /** The tracking code, on the answer to the submission that created the request only. */
  trackingCode?: string | null;
}

export interface TransitionModel {
  from: string | null;
  to: string;
  at: Date;
  /** The caller's opaque id; null for an anonymous expression of interest. */
  actorId: string | null;
  role: string | null;
  reason: string | null;
  kind: string;
  body: string | null;
}

export function toRequestModel(row: RequestRow): RequestModel {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    channel: row.channel,
    beneficiaryCode: row.beneficiaryCode,
    thematicAreas: row.thematicAreas,
    subTopics: row.subTopics,
    institutions: row.institutions,
    description: row.description,
    contact: row.contactEmail
      ? { name: row.contactName ?? '', email: row.contactEmail, phone: row.contactPhone, language: languageOf(row.contactLanguage) }
      : null,
    expressionOfInterestOn: row.expressionOfInterestOn,
    submittedAt: row.submittedAt,
    officialLetter:
      row.letterReference && row.letterReceivedOn && row.letterChannel
        ? { reference: row.letterReference, receivedOn: row.letterReceivedOn, channel: row.letterChannel }
        : null,
    eligibility: row.eligibility,
    actionFiche: row.actionFiche && toActionFicheModel(row.actionFiche),
    eligibilityOverride: row.eligibilityOverride,
    decision:
      row.decisionOutcome && row.decisionOn
        ? { outcome: row.decisionOutcome, decidedOn: row.decisionOn, rationale: row.decisionRationale ?? '', body: row.decisionBody }
        : null,
    approvedOn: row.approvedOn,
    partnerIds: row.partnerIds ?? [],
    submittedBy: row.submittedBy,
    assignedOfficerId: row.assignedOfficerId,
  };
}

export function toTransitionModel(row: TransitionRow): TransitionModel {
  return {
    from: row.fromStatus,
    to: row.toStatus,
    at: row.at,
    actorId: row.actorId,
    role: row.role,
    reason: row.reason,
    kind: row.kind ?? 'TRANSITION',
    body: row.body,
  };
}
