import { findCountry, isLanguageCode, isOrderedPeriod, isSubTopicCode, EU_MEMBER_STATES } from '@mieux/domain';
import { addProblem, field, parseInput, z } from '@mieux/service-kit';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CV_MAX = 4000;
export const LIMITS = { name: 200 };

/** Who the expert is; a Member State official names the Member State. */
const person = z
  .object({
    fullName: field.text(LIMITS.name),
    email: z.string().regex(EMAIL, 'must be an e-mail address'),
    nationality: z.string().refine((code) => findCountry(code), { error: (issue) => `"${String(issue.input)}" is not a known country code` }),
    memberState: z
      .string()
      .nullish()
      .refine((code) => !code || (EU_MEMBER_STATES as readonly string[]).includes(code.toUpperCase()), {
        error: (issue) => `"${String(issue.input)}" is not an EU Member State`,
      }),
    employerType: z.string(),
  })
  .superRefine((input, ctx) => {
    if (input.employerType === 'EU_MEMBER_STATE_ADMINISTRATION' && !input.memberState)
      addProblem(ctx, ['memberState'], 'is required for an official of a Member State administration');
  });

/** What the expert offers: every field may be left out of a profile update. */
const profile = z.object({
  subTopics: z.array(z.string().refine(isSubTopicCode, { error: (issue) => `"${String(issue.input)}" is not a sub-topic` })).nullish(),
  languages: z
    .array(z.string().refine(isLanguageCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code` }))
    .min(1, 'must name at least one working language')
    .nullish(),
  countriesOfExperience: z
    .array(z.string().refine((code) => findCountry(code), { error: (issue) => `"${String(issue.input)}" is not a known country code` }))
    .nullish(),
  availability: z.array(z.object({ from: z.string(), to: z.string() }).refine(isOrderedPeriod, 'must run from a date to the same or a later date')).nullish(),
  cvSummary: field.optionalText(CV_MAX),
});

/** The roster processes personal data only with consent, given to a named privacy notice. */
const consent = z.object({
  consent: z
    .boolean()
    .nullish()
    .refine((given) => given === undefined || given === true, 'is required: the roster processes personal data only with consent'),
  privacyNoticeVersion: z.string().trim().min(1, 'must name the privacy notice consented to'),
});

/** Every problem of an application, each on its field, thrown together. */
export function validateApplication(input: unknown): void {
  parseInput(person.and(profile).and(consent), input);
}

export function validateProfile(input: unknown): void {
  parseInput(profile, input);
}

/** Availability periods; problems are named as the application names them. */
export function validateAvailability(periods: unknown): void {
  parseInput(profile.pick({ availability: true }), { availability: periods }, 'periods');
}

/** A refusal says why. */
export function validateReview(input: { status: string; reason?: string | null }): void {
  const review = z.object({ status: z.string(), reason: z.string().nullish() }).superRefine((r, ctx) => {
    if (r.status === 'REFUSED' && !r.reason?.trim()) addProblem(ctx, ['reason'], 'is required when refusing an application');
  });
  parseInput(review, input, '');
}
