import {
  findBeneficiary,
  findCountry,
  isIsoDate,
  MAX_PLANNED_ACTIVITIES,
  pastDateProblem,
  plannedActivitiesTotal,
  subTopicProblem,
  type IsoDate,
} from '@mieux/domain';
import { addProblem, field, parseInput, z } from '@mieux/service-kit';

export const LIMITS = { title: 200, description: 5000, name: 200, reference: 100, text: 2000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A date of something that happened, when given: from the start of MIEUX to today. */
const pastDate = (ctx: z.RefinementCtx, path: string[], value: IsoDate | null | undefined, today: IsoDate) => {
  const problem = value && isIsoDate(value) ? pastDateProblem(path.join('.'), value, today) : null;
  if (problem) addProblem(ctx, path, problem.message);
};

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

const expressionOfInterest = (today: IsoDate, mayBackdate: boolean) =>
  z
    .object({
      title: field.text(LIMITS.title),
      description: field.text(LIMITS.description),
      countryCode: z
        .string()
        .refine((code) => findBeneficiary(code), { error: (issue) => `"${String(issue.input)}" is not a known country or regional organisation code` }),
      institutions: z
        .array(
          z.object({
            name: field.text(LIMITS.name),
            countryCode: z
              .string()
              .nullish()
              .refine((code) => !code || findCountry(code), { error: (issue) => `"${String(issue.input)}" is not a known country code` }),
          }),
        )
        .min(1, 'must list at least one requesting institution'),
      contact: z.object({ name: field.text(LIMITS.name), email: z.string().regex(EMAIL, 'must be an e-mail address') }),
      thematicAreas: z.array(z.string()).min(1, 'must name at least one thematic area'),
      subTopics: z.array(z.string()).nullish(),
      expressionOfInterestOn: z.string().nullish(),
    })
    .superRefine((input, ctx) => {
      (input.subTopics ?? []).forEach((code, i) => {
        const problem = subTopicProblem(code, input.thematicAreas);
        if (problem === 'UNKNOWN') addProblem(ctx, ['subTopics', i], `"${code}" is not a sub-topic`);
        else if (problem) addProblem(ctx, ['subTopics', i], `"${code}" belongs to a thematic area the request does not name`);
      });
      if (input.expressionOfInterestOn) {
        if (!mayBackdate) addProblem(ctx, ['expressionOfInterestOn'], 'only project officers record requests received earlier');
        pastDate(ctx, ['expressionOfInterestOn'], input.expressionOfInterestOn, today);
      }
    });

/** Validates an expression of interest; eligibility itself is assessed later and never blocks submission. */
export function validateExpressionOfInterest(input: ExpressionOfInterestInput, today: IsoDate, mayBackdate: boolean): void {
  parseInput(expressionOfInterest(today, mayBackdate), input);
}

export function validateOfficialRequest(input: { letterReference: string; receivedOn: string }, today: IsoDate): void {
  const schema = z
    .object({ letterReference: field.text(LIMITS.reference), receivedOn: z.string().refine(isIsoDate, 'must be a date') })
    .superRefine((letter, ctx) => pastDate(ctx, ['receivedOn'], letter.receivedOn, today));
  parseInput(schema, input);
}

const actionFiche = z
  .object({
    objectives: field.text(LIMITS.description),
    priorityNeeds: z.array(field.text(LIMITS.text)).min(1, 'must name at least one priority need'),
    plannedActivities: z.array(z.object({ count: z.number().refine((count) => Number.isInteger(count) && count >= 1, 'must be 1 or more') })),
  })
  .superRefine((fiche, ctx) => {
    const total = plannedActivitiesTotal(fiche.plannedActivities);
    if (total === 0) addProblem(ctx, ['plannedActivities'], 'must plan at least one activity (typically 6 or 7)');
    if (total > MAX_PLANNED_ACTIVITIES) addProblem(ctx, ['plannedActivities'], `plans ${total} activities; an Action has at most ${MAX_PLANNED_ACTIVITIES}`);
  });

export function validateActionFiche(input: { objectives: string; priorityNeeds: string[]; plannedActivities: { type: string; count: number }[] }): void {
  parseInput(actionFiche, input);
}

export function validateDecision(input: { rationale: string; decidedOn?: string | null }, today: IsoDate): void {
  const schema = z
    .object({ rationale: field.text(LIMITS.text), decidedOn: z.string().nullish() })
    .superRefine((decision, ctx) => pastDate(ctx, ['decidedOn'], decision.decidedOn, today));
  parseInput(schema, input);
}

export function validateReason(reason: string): void {
  parseInput(field.text(LIMITS.text), reason, 'reason');
}
