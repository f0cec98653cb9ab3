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
import { addProblem, columnLimits, field, parseInput, TEXT_COLUMN_BYTES, z } from '@mieux/service-kit';
import { RequestEntity, TransitionEntity } from './request.entity';

/** Text limits: the columns' own sizes, long texts kept shorter than their TEXT columns. */
const COLUMNS = columnLimits(RequestEntity, { description: 5000, decisionRationale: 2000 });
const REASON = columnLimits(TransitionEntity, { reason: 2000 }).reason;
export const LIMITS = {
  title: COLUMNS.title,
  description: COLUMNS.description,
  name: COLUMNS.contactName,
  email: COLUMNS.contactEmail,
  phone: COLUMNS.contactPhone,
  reference: COLUMNS.letterReference,
  text: REASON,
  rationale: COLUMNS.decisionRationale,
};
/** The most items a list of a request holds; an Action Fiche's needs are shorter than a reason, so the fiche fits its column. */
const LISTS = { institutions: 20, areas: 10, subTopics: 60, needs: 20, need: 500, activities: 20 };

/** A focal point: a name, an e-mail address and a phone number. */
export const contactSchema = z.object({
  name: field.text(LIMITS.name),
  email: field.email(LIMITS.email),
  phone: field.optionalText(LIMITS.phone),
  language: z.enum(['EN', 'FR']).nullish(),
});

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
  contact: { name: string; email: string; phone?: string | null; language?: string | null };
  thematicAreas: string[];
  subTopics?: string[] | null;
  description: string;
  channel?: string | null;
  expressionOfInterestOn?: string | null;
}

/** What a request says, as submitted and as corrected. */
const requestContent = {
  title: field.text(LIMITS.title),
  description: field.text(LIMITS.description),
  institutions: field
    .stored(
      field.list(
        z.object({ name: field.text(LIMITS.name), type: z.string(), countryCode: field.code(findCountry, 'a known country code').nullish() }),
        LISTS.institutions,
      ),
      TEXT_COLUMN_BYTES,
    )
    .refine((list) => list.length > 0, 'must list at least one requesting institution'),
  thematicAreas: field.set(z.string(), LISTS.areas).refine((list) => list.length > 0, 'must name at least one thematic area'),
  subTopics: field.set(field.string(64), LISTS.subTopics).nullish(),
};

/** Each sub-topic is one, of a thematic area the request names. */
function subTopicsFit(input: { subTopics?: string[] | null; thematicAreas: string[] }, ctx: z.RefinementCtx): void {
  (input.subTopics ?? []).forEach((code, i) => {
    const problem = subTopicProblem(code, input.thematicAreas);
    if (problem === 'UNKNOWN') addProblem(ctx, ['subTopics', i], `"${code}" is not a sub-topic`);
    else if (problem) addProblem(ctx, ['subTopics', i], `"${code}" belongs to a thematic area the request does not name`);
  });
}

const expressionOfInterest = (today: IsoDate, mayBackdate: boolean) =>
  z
    .object({
      title: requestContent.title,
      description: requestContent.description,
      countryCode: field.code(findBeneficiary, 'a known country or regional organisation code'),
      institutions: requestContent.institutions,
      contact: contactSchema,
      thematicAreas: requestContent.thematicAreas,
      subTopics: requestContent.subTopics,
      expressionOfInterestOn: z.string().nullish(),
    })
    .superRefine((input, ctx) => {
      subTopicsFit(input, ctx);
      if (input.expressionOfInterestOn) {
        if (!mayBackdate) addProblem(ctx, ['expressionOfInterestOn'], 'only project officers record requests received earlier');
        pastDate(ctx, ['expressionOfInterestOn'], input.expressionOfInterestOn, today);
      }
    });

/** Validates a request as a correction leaves it (the correction over what the request says). */
export function validateCorrectedRequest(content: {
  title: string;
  description: string;
  institutions: InstitutionInput[];
  thematicAreas: string[];
  subTopics: string[];
}): void {
  parseInput(z.object(requestContent).superRefine(subTopicsFit), content);
}

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

const actionFiche = field.stored(
  z
    .object({
      objectives: field.text(LIMITS.description),
      priorityNeeds: field.list(field.text(LISTS.need), LISTS.needs).refine((list) => list.length > 0, 'must name at least one priority need'),
      plannedActivities: field.list(z.object({ count: field.int(1, MAX_PLANNED_ACTIVITIES) }), LISTS.activities),
    })
    .superRefine((fiche, ctx) => {
      const total = plannedActivitiesTotal(fiche.plannedActivities);
      if (total === 0) addProblem(ctx, ['plannedActivities'], 'must plan at least one activity (typically 6 or 7)');
      if (total > MAX_PLANNED_ACTIVITIES) addProblem(ctx, ['plannedActivities'], `plans ${total} activities; an Action has at most ${MAX_PLANNED_ACTIVITIES}`);
    }),
  TEXT_COLUMN_BYTES,
);

export function validateActionFiche(input: { objectives: string; priorityNeeds: string[]; plannedActivities: { type: string; count: number }[] }): void {
  parseInput(actionFiche, input);
}

export function validateDecision(input: { rationale: string; decidedOn?: string | null }, today: IsoDate): void {
  const schema = z
    .object({ rationale: field.text(LIMITS.rationale), decidedOn: z.string().nullish() })
    .superRefine((decision, ctx) => pastDate(ctx, ['decidedOn'], decision.decidedOn, today));
  parseInput(schema, input);
}

/** A reason, a rationale: text a person wrote for the history (`name`: the argument). */
export function validateReason(reason: string, name = 'reason'): void {
  parseInput(field.text(LIMITS.text), reason, name);
}
