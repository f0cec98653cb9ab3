import { findBeneficiary, findCountry, isIsoDate, isSubTopicCode, THEMATIC_AREAS, type IsoDate } from '@mieux/domain';
import { badUserInput, type FieldProblem } from '@mieux/service-kit';

export const LIMITS = { title: 200, description: 5000, name: 200, reference: 100, text: 2000, plannedActivities: 15 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Collects every problem of an input, so one response lists them all; nothing is written when any. */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  text(field: string, value: string | null | undefined, max: number, required = true): void {
    const trimmed = value?.trim() ?? '';
    if (required && trimmed.length === 0) this.add(field, 'must not be empty');
    if (trimmed.length > max) this.add(field, `must be at most ${max} characters (it has ${trimmed.length})`);
  }

  pastDate(field: string, value: IsoDate | null | undefined, today: IsoDate): void {
    if (value && value > today) this.add(field, `must not be in the future (today is ${today})`);
  }

  /** Throws BAD_USER_INPUT listing every problem, if there is any. */
  check(): void {
    if (this.list.length > 0) throw badUserInput(this.list);
  }
}

export interface InstitutionInput {
  name: string;
  type: string;
  countryCode?: string | null;
}

export interface ExpressionOfInterestInput {
  title: string;
  countryCode: string;
  institutions: InstitutionInput[];
  contact: { name: string; email: string; phone?: string | null };
  thematicAreas: string[];
  subTopics?: string[] | null;
  description: string;
  channel?: string | null;
  expressionOfInterestOn?: string | null;
}

/** Validates an expression of interest; eligibility itself is assessed later and never blocks submission. */
export function validateExpressionOfInterest(input: ExpressionOfInterestInput, today: IsoDate, mayBackdate: boolean): void {
  const problems = new Problems();
  problems.text('input.title', input.title, LIMITS.title);
  problems.text('input.description', input.description, LIMITS.description);
  if (!findBeneficiary(input.countryCode)) problems.add('input.countryCode', `"${input.countryCode}" is not a known country or regional organisation code`);
  if (input.institutions.length === 0) problems.add('input.institutions', 'must list at least one requesting institution');
  input.institutions.forEach((institution, i) => {
    problems.text(`input.institutions.${i}.name`, institution.name, LIMITS.name);
    if (institution.countryCode && !findCountry(institution.countryCode)) {
      problems.add(`input.institutions.${i}.countryCode`, `"${institution.countryCode}" is not a known country code`);
    }
  });
  problems.text('input.contact.name', input.contact.name, LIMITS.name);
  if (!EMAIL.test(input.contact.email)) problems.add('input.contact.email', 'must be an e-mail address');
  if (input.thematicAreas.length === 0) problems.add('input.thematicAreas', 'must name at least one thematic area');
  (input.subTopics ?? []).forEach((code, i) => {
    if (!isSubTopicCode(code)) problems.add(`input.subTopics.${i}`, `"${code}" is not a sub-topic`);
    else if (!THEMATIC_AREAS.some((a) => input.thematicAreas.includes(a.code) && a.subTopics.some((t) => t.code === code))) {
      problems.add(`input.subTopics.${i}`, `"${code}" belongs to a thematic area the request does not name`);
    }
  });
  if (input.expressionOfInterestOn) {
    if (!mayBackdate) problems.add('input.expressionOfInterestOn', 'only project officers record requests received earlier');
    problems.pastDate('input.expressionOfInterestOn', input.expressionOfInterestOn, today);
  }
  problems.check();
}

export function validateOfficialRequest(input: { letterReference: string; receivedOn: string }, today: IsoDate): void {
  const problems = new Problems();
  problems.text('input.letterReference', input.letterReference, LIMITS.reference);
  if (!isIsoDate(input.receivedOn)) problems.add('input.receivedOn', 'must be a date');
  problems.pastDate('input.receivedOn', input.receivedOn, today);
  problems.check();
}

export function validateActionFiche(input: { objectives: string; priorityNeeds: string[]; plannedActivities: { type: string; count: number }[] }): void {
  const problems = new Problems();
  problems.text('input.objectives', input.objectives, LIMITS.description);
  if (input.priorityNeeds.length === 0) problems.add('input.priorityNeeds', 'must name at least one priority need');
  input.priorityNeeds.forEach((need, i) => problems.text(`input.priorityNeeds.${i}`, need, LIMITS.text));
  input.plannedActivities.forEach((planned, i) => {
    if (!Number.isInteger(planned.count) || planned.count < 1) problems.add(`input.plannedActivities.${i}.count`, 'must be 1 or more');
  });
  const total = input.plannedActivities.reduce((sum, p) => sum + Math.max(0, p.count), 0);
  if (total === 0) problems.add('input.plannedActivities', 'must plan at least one activity (typically 6 or 7)');
  if (total > LIMITS.plannedActivities) problems.add('input.plannedActivities', `plans ${total} activities; an Action has at most ${LIMITS.plannedActivities}`);
  problems.check();
}

export function validateDecision(input: { rationale: string; decidedOn?: string | null }, today: IsoDate): void {
  const problems = new Problems();
  problems.text('input.rationale', input.rationale, LIMITS.text);
  problems.pastDate('input.decidedOn', input.decidedOn, today);
  problems.check();
}

export function validateReason(reason: string): void {
  const problems = new Problems();
  problems.text('reason', reason, LIMITS.text);
  problems.check();
}
