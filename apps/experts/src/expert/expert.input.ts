import { findCountry, isLanguageCode, isSubTopicCode, EU_MEMBER_STATES, isIsoDate } from '@mieux/domain';
import { badUserInput, type FieldProblem } from '@mieux/service-kit';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CV_MAX = 4000;

/** Collects every problem of an expert's data, each on its field; throws them together. */
export function validateExpertData(input: {
  fullName?: string | null; email?: string | null; nationality?: string | null; memberState?: string | null; employerType?: string | null;
  subTopics?: string[] | null; languages?: string[] | null; countriesOfExperience?: string[] | null; availability?: { from: string; to: string }[] | null;
  cvSummary?: string | null; consent?: boolean | null; privacyNoticeVersion?: string | null;
}, prefix = 'input'): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `${prefix}.${field}`, message });
  if (input.fullName !== undefined && !input.fullName?.trim()) add('fullName', 'must not be empty');
  if (input.email !== undefined && !EMAIL.test(input.email ?? '')) add('email', 'must be an e-mail address');
  if (input.nationality !== undefined && !findCountry(input.nationality ?? '')) add('nationality', `"${input.nationality}" is not a known country code`);
  if (input.memberState && !(EU_MEMBER_STATES as readonly string[]).includes(input.memberState.toUpperCase())) add('memberState', `"${input.memberState}" is not an EU Member State`);
  if (input.employerType === 'EU_MEMBER_STATE_ADMINISTRATION' && !input.memberState) add('memberState', 'is required for an official of a Member State administration');
  (input.subTopics ?? []).forEach((t, i) => isSubTopicCode(t) || add(`subTopics.${i}`, `"${t}" is not a sub-topic`));
  if (input.languages !== undefined && (input.languages?.length ?? 0) === 0) add('languages', 'must name at least one working language');
  (input.languages ?? []).forEach((l, i) => isLanguageCode(l) || add(`languages.${i}`, `"${l}" is not an ISO 639-1 language code`));
  (input.countriesOfExperience ?? []).forEach((c, i) => findCountry(c) || add(`countriesOfExperience.${i}`, `"${c}" is not a known country code`));
  (input.availability ?? []).forEach((p, i) => {
    if (!isIsoDate(p.from) || !isIsoDate(p.to) || p.to < p.from) add(`availability.${i}`, 'must run from a date to the same or a later date');
  });
  if (input.cvSummary !== undefined && (input.cvSummary ?? '').length > CV_MAX) add('cvSummary', `must be at most ${CV_MAX} characters`);
  if (input.consent !== undefined && input.consent !== true) add('consent', 'is required: the roster processes personal data only with consent');
  if (input.privacyNoticeVersion !== undefined && !input.privacyNoticeVersion?.trim()) add('privacyNoticeVersion', 'must name the privacy notice consented to');
  if (problems.length) throw badUserInput(problems);
}
