import { isIsoDate, type IsoDate } from './dates';
import { compareMatches, standingScorer, TIE_BREAK_REASON, type ExpertiseNeed, type ExpertProfile, type StandingProfile } from './expert-matching';
import { assertRosterTransition, type RosterStatus } from './lifecycles';

/** Where an expert works: mostly Member State administrations, but also partner countries and beyond. */
export const EXPERT_EMPLOYER_TYPES = [
  'EU_MEMBER_STATE_ADMINISTRATION',
  'PARTNER_COUNTRY_ADMINISTRATION',
  'ACADEMIA',
  'PRIVATE_SECTOR',
  'INTERNATIONAL_ORGANISATION',
  'CIVIL_SOCIETY',
] as const;
export type ExpertEmployerType = (typeof EXPERT_EMPLOYER_TYPES)[number];

export const DEPLOYMENT_ROLES = ['LEAD_EXPERT', 'EXPERT'] as const;
export type DeploymentRole = (typeof DEPLOYMENT_ROLES)[number];

/** Working languages, ISO 639-1. */
export const LANGUAGES = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fa',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'hy',
  'it',
  'ka',
  'kk',
  'ky',
  'lt',
  'lv',
  'mn',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'tg',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'zh',
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A public official of a Member State administration: the figure the factsheet reports. */
export function isPublicOfficialFromMemberState(expert: { publicOfficial: boolean; employerType: string }): boolean {
  return expert.publicOfficial && expert.employerType === 'EU_MEMBER_STATE_ADMINISTRATION';
}

/** An expert employed by a partner country's administration: South-South (or triangular) cooperation. */
export function isSouthSouthExpert(expert: { employerType: string }): boolean {
  return expert.employerType === 'PARTNER_COUNTRY_ADMINISTRATION';
}

/** Where every expert starts: an application, until a project officer reviews it. */
export const INITIAL_ROSTER_STATUS: RosterStatus = 'APPLIED';

/** The roster statuses in which an expert may be matched to a need (and so deployed). */
export const MATCHABLE_ROSTER_STATUSES: readonly RosterStatus[] = ['ACTIVE'];

/** The most experts one matching proposes. */
export const MAX_MATCHES = 100;

/** The roster processes personal data only with consent: withdrawn consent and erasure end it for good. */
export function isConsenting(expert: { consentWithdrawnAt: Date | null; erasedAt: Date | null }): boolean {
  return expert.consentWithdrawnAt === null && expert.erasedAt === null;
}

/** The ways an expert's record is written after the application. */
export type RosterChange = 'PROFILE' | 'REVIEW' | 'WITHDRAW_CONSENT' | 'ERASE';

/**
 * Why a change may not be written, or null when it may. Erasure is final: nothing is written about
 * an erased expert again but a repeated erasure (which writes nothing personal). Without consent no
 * personal data of the expert's is processed: their profile and availability stay as they were.
 */
export function rosterChangeRefusal(
  expert: { consentWithdrawnAt: Date | null; erasedAt: Date | null },
  change: RosterChange,
): 'EXPERT_ERASED' | 'CONSENT_WITHDRAWN' | null {
  if (expert.erasedAt !== null) return change === 'ERASE' ? null : 'EXPERT_ERASED';
  if (expert.consentWithdrawnAt !== null && change === 'PROFILE') return 'CONSENT_WITHDRAWN';
  return null;
}

/** Who may be matched to a need: an expert in a matchable status who still consents. */
export function isMatchable(expert: { status: string; consentWithdrawnAt: Date | null; erasedAt: Date | null }): boolean {
  return (MATCHABLE_ROSTER_STATUSES as readonly string[]).includes(expert.status) && isConsenting(expert);
}

/** Only an expert who still consents may be made active on the roster (matched, deployed). */
export function needsConsent(status: RosterStatus): boolean {
  return (MATCHABLE_ROSTER_STATUSES as readonly string[]).includes(status);
}

/** Without consent an expert is inactive, never matched again; a refused applicant stays refused. */
export function statusWithoutConsent(status: RosterStatus): RosterStatus {
  return status === 'REFUSED' ? 'REFUSED' : 'INACTIVE';
}

/** A review may confirm the status an expert already has; any other move must be one the roster allows. */
export function assertRosterReview(from: RosterStatus, to: RosterStatus): void {
  if (from !== to) assertRosterTransition(from, to);
}

/** A period runs from a date to the same or a later date. */
export function isOrderedPeriod(period: { from: IsoDate; to: IsoDate }): boolean {
  return isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;
}

/**
 * Ranks the candidates for a need: the best score first, equal scores told apart criterion by
 * criterion (heaviest first), then by id, so equal input gives equal output; at most `first` (and
 * never more than MAX_MATCHES), each with its rank (1 for the best) and, when its score equals
 * another candidate's, the tie-break reason saying how they were ordered. Every candidate is scored
 * as numbers; the reasons, with their messages, are written for the ranked ones only.
 */
export function rankExpertMatches<E extends ExpertProfile & { id: string }>(candidates: readonly E[], need: ExpertiseNeed, first: number) {
  return rankExpertMatchesBy(candidates, need, first, (expert) => expert.recentDeployments);
}

/**
 * `rankExpertMatches` for candidates whose deployments are gathered on demand (`deploymentsOf`, the
 * start dates in the rotation window): the same ranking, asking only for the deployments of the
 * candidates that can still make the page. Every candidate is scored on the criteria but rotation;
 * then, the best bound first, each is scored whole until the next one's bound (rotation fully met)
 * is below the `first`-th best score found: none of those left can reach the page or tie with it.
 */
export function rankExpertMatchesBy<E extends StandingProfile & { id: string }>(
  candidates: readonly E[],
  need: ExpertiseNeed,
  first: number,
  deploymentsOf: (expert: E) => readonly IsoDate[],
) {
  const size = Math.min(first, MAX_MATCHES);
  const scorer = standingScorer(need);
  const standing = scorer.standing(candidates);
  const best = new ScoreFloor(size);
  const scored: { expert: E; id: string; score: number; criteria: number[]; recentDeployments: readonly IsoDate[] }[] = [];
  for (const e of byBound(standing.bound)) {
    if (best.below(standing.bound[e])) break;
    const recentDeployments = deploymentsOf(candidates[e]);
    const scores = scorer.complete(standing, e, recentDeployments);
    best.add(scores.score);
    scored.push({ expert: candidates[e], id: candidates[e].id, recentDeployments, ...scores });
  }
  // Every candidate with a score on the page, or equal to one, is among those scored whole.
  const counts = new Map<number, number>();
  for (const m of scored) counts.set(m.score, (counts.get(m.score) ?? 0) + 1);
  return scored
    .sort(compareMatches)
    .slice(0, size)
    .map(({ expert, score, criteria, recentDeployments }, i) => {
      const reasons = scorer.reasons({ ...expert, recentDeployments }, criteria);
      return { expert, score, rank: i + 1, reasons: counts.get(score)! > 1 ? [...reasons, TIE_BREAK_REASON] : reasons };
    });
}

/** Above any index of an array: how a bound and an index are packed in one number. */
const PACKED = 2 ** 32;

/**
 * The indexes of `bounds` (scores rounded to 4 decimals, in [0, 1]), the highest bound first: each
 * bound in ten-thousandths and its index packed in one number (exact: under 2^46), sorted as numbers.
 */
function* byBound(bounds: Float64Array): Generator<number> {
  const keys = new Float64Array(bounds.length);
  for (let i = 0; i < bounds.length; i += 1) keys[i] = Math.round(bounds[i] * 10_000) * PACKED + i;
  keys.sort();
  for (let k = keys.length - 1; k >= 0; k -= 1) yield keys[k] % PACKED;
}

/** The `size` best scores seen, lowest first: whether a bound is below the `size`-th best, once there are that many. */
class ScoreFloor {
  private readonly kept: number[] = [];

  constructor(private readonly size: number) {}

  below(bound: number): boolean {
    return this.kept.length === this.size && (this.size === 0 || bound < this.kept[0]);
  }

  add(score: number): void {
    const kept = this.kept;
    if (kept.length === this.size) {
      if (score <= kept[0]) return;
      kept.shift();
    }
    const at = kept.findIndex((s) => s > score);
    kept.splice(at === -1 ? kept.length : at, 0, score);
  }
}

/** What the portfolio reports of a set of deployed experts. */
export interface DeployedExpertFigures {
  expertsDeployed: number;
  publicOfficialsFromMemberStates: number;
  memberStatesRepresented: number;
  southSouthExperts: number;
}

/**
 * The figures of a set of deployed experts from their statistical facts: experts known to the
 * roster, the public officials of Member State administrations among them, their Member States, and
 * the experts employed by a partner country's administration (South-South cooperation).
 */
export function deployedExpertFigures(
  ids: readonly string[],
  facts: ReadonlyMap<string, { publicOfficial: boolean; employerType: string; memberState: string | null }>,
): DeployedExpertFigures {
  const known = ids.flatMap((id) => facts.get(id) ?? []);
  const officials = known.filter(isPublicOfficialFromMemberState);
  return {
    expertsDeployed: known.length,
    publicOfficialsFromMemberStates: officials.length,
    memberStatesRepresented: new Set(officials.map((e) => e.memberState)).size,
    southSouthExperts: known.filter(isSouthSouthExpert).length,
  };
}
