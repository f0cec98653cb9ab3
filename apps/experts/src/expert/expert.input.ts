import { findCountry, isOrderedPeriod, isSubTopicCode, EU_MEMBER_STATES } from '@mieux/domain';
import { addProblem, columnLimits, field, parseInput, TEXT_COLUMN_BYTES, z } from '@mieux/service-kit';
import { ExpertEntity } from './expert.entity';

/** Text limits: the columns' own sizes, a CV and a refusal reason kept shorter than their TEXT columns. */
export const LIMITS = columnLimits(ExpertEntity, { cvSummary: 4000, refusalReason: 2000 });
/** The most items a list of a profile holds. */
const LISTS = { subTopics: 60, languages: 20, countries: 60, availability: 50, areas: 10 };

const country = field.code(findCountry, 'a known country code');
const memberState = field.code((code) => (EU_MEMBER_STATES as readonly string[]).includes(code.toUpperCase()), 'an EU Member State');
const period = z.object({ from: z.string(), to: z.string() }).refine(isOrderedPeriod, 'must run from a date to the same or a later date');
const upper = (codes: string[]) => [...new Set(codes.map((code) => code.toUpperCase()))];

/** Who the expert is; a Member State official names the Member State. */
const person = z
  .object({
    fullName: field.text(LIMITS.fullName),
    email: field.email(LIMITS.email),
    phone: field.optionalText(LIMITS.phone),
    nationality: country.transform((code) => code.toUpperCase()),
    memberState: memberState.nullish().transform((code) => code?.toUpperCase() ?? null),
    employerType: z.string(),
    publicOfficial: z.boolean(),
    privacyNoticeVersion: field.text(LIMITS.privacyNoticeVersion),
  })
  .superRefine((input, ctx) => {
    if (input.employerType === 'EU_MEMBER_STATE_ADMINISTRATION' && !input.memberState)
      addProblem(ctx, ['memberState'], 'is required for an official of a Member State administration');
  });

/** What the expert offers: every field may be left out of a profile update. */
const offer = {
  thematicAreas: field.set(z.string(), LISTS.areas).optional(),
  subTopics: field.set(field.code(isSubTopicCode, 'a sub-topic'), LISTS.subTopics).nullish(),
  languages: field.languages(LISTS.languages).nullish(),
  regions: field.set(z.string(), LISTS.areas).nullish(),
  countriesOfExperience: field.list(country, LISTS.countries).transform(upper).nullish(),
  availability: field.stored(field.list(period, LISTS.availability), TEXT_COLUMN_BYTES).nullish(),
};

/** The roster processes personal data only with consent, given to a named privacy notice. */
const consent = z.object({
  consent: z.boolean().refine((given) => given, 'is required: the roster processes personal data only with consent'),
});

const application = person.and(z.object({ ...offer, thematicAreas: field.set(z.string(), LISTS.areas), cvSummary: field.text(LIMITS.cvSummary) })).and(consent);

export type ParsedApplication = z.output<typeof application>;

/** Every problem of an application, each on its field, thrown together; the application as it is stored. */
export function parseApplication(input: unknown): ParsedApplication {
  return parseInput(application, input);
}

/** A profile update changes at least one field; phone and CV are personal text like the application's. */
const profileUpdate = field.changes({ ...offer, phone: field.optionalText(LIMITS.phone).optional(), cvSummary: field.text(LIMITS.cvSummary).nullish() }, [
  'phone',
]);

export function parseProfile(input: unknown): z.output<typeof profileUpdate> {
  return parseInput(profileUpdate, input);
}

/** Availability periods; problems are named as the application names them. */
export function parseAvailability(periods: unknown): { from: string; to: string }[] {
  return parseInput(offer.availability, periods, 'periods') ?? [];
}

/** A refusal says why, in a reason that fits its column. */
export function parseReview(input: { status: string; reason?: string | null }): { status: string; reason: string | null } {
  const review = z.object({ status: z.string(), reason: field.optionalText(LIMITS.refusalReason) }).superRefine((r, ctx) => {
    if (r.status === 'REFUSED' && !r.reason) addProblem(ctx, ['reason'], 'is required when refusing an application');
  });
  return parseInput(review, input, '');
}
