import { findCountry } from './countries';
import { addCalendarMonths, rangesOverlap, type IsoDate } from './dates';
import type { Labels } from './labels';

/** What an activity needs of an expert. */
export interface ExpertiseNeed {
  thematicAreas: readonly string[];
  subTopics?: readonly string[];
  /** The activity's working languages, ISO 639-1. */
  languages?: readonly string[];
  countryCode?: string | null;
  region?: string | null;
  startsOn?: IsoDate | null;
  endsOn?: IsoDate | null;
  /** The end of the rotation window (`rotationWindow(...).to`): how recent a deployment is; without it, each counts fully. */
  rotationUntil?: IsoDate | null;
}

/** What the roster knows of an expert, for matching. */
export interface ExpertProfile {
  thematicAreas: readonly string[];
  subTopics: readonly string[];
  languages: readonly string[];
  regions: readonly string[];
  countriesOfExperience: readonly string[];
  availability: readonly { from: IsoDate; to: IsoDate }[];
  nationality: string;
  publicOfficial: boolean;
  employerType: string;
  /** The start dates of the activities the expert is deployed on in the rotation window before the need (`rotationWindow`). */
  recentDeployments: readonly IsoDate[];
}

/**
 * The criteria, heaviest first: the order in which equal scores are told apart. A working language
 * in common weighs most (an expert the participants cannot follow transfers nothing), then the
 * subject, then where and when, then the peer-to-peer principle and rotation over the roster.
 */
export const MATCH_CRITERIA = ['LANGUAGE', 'THEMATIC_FIT', 'REGIONAL_EXPERIENCE', 'SUB_TOPIC_FIT', 'AVAILABILITY', 'PEER_VALUE', 'ROTATION'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** The share of the total score each criterion can give (they add up to 1). */
export const MATCH_WEIGHTS: Readonly<Record<MatchCriterion, number>> = {
  LANGUAGE: 0.3,
  THEMATIC_FIT: 0.25,
  REGIONAL_EXPERIENCE: 0.12,
  SUB_TOPIC_FIT: 0.1,
  AVAILABILITY: 0.1,
  PEER_VALUE: 0.07,
  ROTATION: 0.06,
};

/** How far back deployments count against an expert: rotation gives the others their turn. */
export const ROTATION_MONTHS = 24;

/** A public official of another administration is a peer; one from a partner country brings South-South cooperation, most from the same region. */
export const PEER_SCORES = { SOUTH_SOUTH_SAME_REGION: 1, SOUTH_SOUTH: 0.9, PUBLIC_OFFICIAL: 0.8, OTHER: 0 } as const;

/** Experience of the region without the country: 0.5, and 0.1 more per country of the region the expert worked in, up to three. */
export const REGION_SCORES = { BASE: 0.5, PER_COUNTRY: 0.1, COUNTRIES_COUNTED: 3 } as const;

export interface MatchReason {
  /** A criterion, or `TIE_BREAK` (weight 0): how a score equal to another candidate's was ordered. */
  code: MatchCriterion | 'TIE_BREAK';
  /** The share of the total score this criterion can give. */
  weight: number;
  /** How well the expert meets it, in [0, 1]. */
  score: number;
  message: Labels;
}

/** What the roster holds of an expert but their deployments: what every criterion but rotation reads. */
export type StandingProfile = Omit<ExpertProfile, 'recentDeployments'>;

/** A criterion: how well an expert meets it, as a number (what ranking compares for every candidate), and why (said only of those shown). */
interface Criterion<P = ExpertProfile> {
  score(expert: P, need: PreparedNeed): number;
  message(expert: P, need: PreparedNeed, score: number): Labels;
}

/** A need made ready to score many experts: whether a country is in its region, looked up once per country. */
interface PreparedNeed extends ExpertiseNeed {
  inRegion(countryCode: string): boolean;
}

function prepare(need: ExpertiseNeed): PreparedNeed {
  const known = new Map<string, boolean>();
  return {
    ...need,
    inRegion: (code) => known.get(code) ?? known.set(code, findCountry(code)?.region === need.region).get(code)!,
  };
}

/** The window before a need in which deployments count for rotation: the 24 months before it starts (before today without dates), its end excluded. */
export function rotationWindow(need: { startsOn?: IsoDate | null }, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = need.startsOn ?? today;
  return { from: addCalendarMonths(to, -ROTATION_MONTHS), to };
}

function countIn(needed: readonly string[], offered: readonly string[]): number {
  let n = 0;
  for (const code of needed) if (offered.includes(code)) n += 1;
  return n;
}

function percent(value: number): number {
  return Math.round(value * 100);
}

const language: Criterion<StandingProfile> = {
  score: ({ languages }, need) => {
    const asked = need.languages ?? [];
    return asked.length === 0 ? 1 : countIn(asked, languages) / asked.length;
  },
  message: ({ languages }, need, score) => {
    const asked = need.languages ?? [];
    if (asked.length === 0) return { EN: 'No working language asked', FR: 'Aucune langue de travail demandée' };
    const spoken = asked.filter((l) => languages.includes(l));
    const list = spoken.join(', ');
    if (score === 1)
      return { EN: `Speaks every working language of the activity (${list})`, FR: `Parle toutes les langues de travail de l'activité (${list})` };
    if (score === 0) return { EN: 'Speaks none of the working languages asked', FR: 'Ne parle aucune des langues de travail demandées' };
    return {
      EN: `Speaks ${spoken.length} of the ${asked.length} working languages (${list})`,
      FR: `Parle ${spoken.length} des ${asked.length} langues de travail (${list})`,
    };
  },
};

const thematicFit: Criterion<StandingProfile> = {
  score: (expert, need) => (need.thematicAreas.length === 0 ? 1 : countIn(need.thematicAreas, expert.thematicAreas) / need.thematicAreas.length),
  message: (_, need, score) =>
    need.thematicAreas.length === 0
      ? { EN: 'No thematic area asked', FR: 'Aucun domaine thématique demandé' }
      : { EN: `Covers ${percent(score)}% of the thematic areas asked`, FR: `Couvre ${percent(score)} % des domaines thématiques demandés` },
};

const subTopicFit: Criterion<StandingProfile> = {
  score: (expert, need) => {
    const asked = need.subTopics ?? [];
    return asked.length === 0 ? 1 : countIn(asked, expert.subTopics) / asked.length;
  },
  message: (_, need, score) =>
    (need.subTopics ?? []).length === 0
      ? { EN: 'No sub-topic asked', FR: 'Aucun sous-thème demandé' }
      : { EN: `Covers ${percent(score)}% of the sub-topics asked`, FR: `Couvre ${percent(score)} % des sous-thèmes demandés` },
};

/** Where the expert's experience meets the need's place: the country, the region (with how many of its countries), no place asked, or none. */
function placeFit(expert: StandingProfile, need: PreparedNeed): { fit: 'COUNTRY' | 'REGION' | 'NOT_ASKED' | 'NONE'; inRegion: number } {
  if (need.countryCode && expert.countriesOfExperience.includes(need.countryCode)) return { fit: 'COUNTRY', inRegion: 0 };
  let inRegion = 0;
  if (need.region) for (const c of expert.countriesOfExperience) if (need.inRegion(c)) inRegion += 1;
  if (need.region && (inRegion > 0 || expert.regions.includes(need.region))) return { fit: 'REGION', inRegion };
  return { fit: !need.countryCode && !need.region ? 'NOT_ASKED' : 'NONE', inRegion };
}

const regionalExperience: Criterion<StandingProfile> = {
  score: (expert, need) => {
    const { fit, inRegion } = placeFit(expert, need);
    if (fit === 'REGION') return Math.round((REGION_SCORES.BASE + REGION_SCORES.PER_COUNTRY * Math.min(inRegion, REGION_SCORES.COUNTRIES_COUNTED)) * 100) / 100;
    return fit === 'NONE' ? 0 : 1;
  },
  message: (expert, need) => {
    const { fit, inRegion } = placeFit(expert, need);
    if (fit === 'COUNTRY') {
      const name = findCountry(need.countryCode!)?.name ?? { EN: need.countryCode!, FR: need.countryCode! };
      return { EN: `Has worked in the country asked (${name.EN})`, FR: `A travaillé dans le pays demandé (${name.FR})` };
    }
    if (fit === 'REGION')
      return {
        EN: `Has worked in the region (${inRegion} of its countries), not in the country`,
        FR: `A travaillé dans la région (${inRegion} de ses pays), pas dans le pays`,
      };
    if (fit === 'NOT_ASKED') return { EN: 'No country or region asked', FR: 'Aucun pays ni région demandés' };
    return { EN: 'No experience of the country or region', FR: "Pas d'expérience du pays ni de la région" };
  },
};

const availability: Criterion<StandingProfile> = {
  score: (expert, need) => {
    if (!need.startsOn || !need.endsOn) return 1;
    const dates = { from: need.startsOn, to: need.endsOn };
    if (expert.availability.some((p) => p.from <= dates.from && dates.to <= p.to)) return 1;
    return expert.availability.some((p) => rangesOverlap(p, dates)) ? 0.5 : 0;
  },
  message: (_, need, score) => {
    if (!need.startsOn || !need.endsOn) return { EN: 'No dates asked', FR: 'Aucune date demandée' };
    if (score === 1) return { EN: 'Available over the whole dates', FR: 'Disponible sur toute la période' };
    if (score === 0.5) return { EN: 'Available for part of the dates', FR: 'Disponible sur une partie de la période' };
    return { EN: 'Not available on these dates', FR: 'Indisponible à ces dates' };
  },
};

const PEER_MESSAGES: Readonly<Record<keyof typeof PEER_SCORES, Labels>> = {
  SOUTH_SOUTH_SAME_REGION: {
    EN: "Public official of a partner country's administration in the same region (South-South peer)",
    FR: "Fonctionnaire de l'administration d'un pays partenaire de la même région (pair Sud-Sud)",
  },
  SOUTH_SOUTH: {
    EN: "Public official of a partner country's administration (South-South peer)",
    FR: "Fonctionnaire de l'administration d'un pays partenaire (pair Sud-Sud)",
  },
  PUBLIC_OFFICIAL: { EN: 'Public official: a peer of the counterparts', FR: 'Fonctionnaire : un pair des homologues' },
  OTHER: { EN: 'Not a public official', FR: "N'est pas fonctionnaire" },
};

function peerKind(expert: StandingProfile, need: PreparedNeed): keyof typeof PEER_SCORES {
  if (expert.publicOfficial && expert.employerType === 'PARTNER_COUNTRY_ADMINISTRATION')
    return need.region && need.inRegion(expert.nationality) ? 'SOUTH_SOUTH_SAME_REGION' : 'SOUTH_SOUTH';
  return expert.publicOfficial ? 'PUBLIC_OFFICIAL' : 'OTHER';
}

const peerValue: Criterion<StandingProfile> = {
  score: (expert, need) => PEER_SCORES[peerKind(expert, need)],
  message: (expert, need) => PEER_MESSAGES[peerKind(expert, need)],
};

const DAY_MS = 86_400_000;

/**
 * How much a deployment weighs against an expert's turn: 1 just before the window's end, down to
 * 0.5 at its start (a recent deployment more than an old one); 1 without a window's end.
 */
export function deploymentWeight(startsOn: IsoDate, until: IsoDate | null | undefined): number {
  if (!until) return 1;
  const span = (Date.parse(until) - Date.parse(addCalendarMonths(until, -ROTATION_MONTHS))) / DAY_MS;
  const age = (Date.parse(until) - Date.parse(startsOn)) / DAY_MS;
  return 1 - 0.5 * Math.min(1, Math.max(0, age / span));
}

const rotation: Criterion<Pick<ExpertProfile, 'recentDeployments'>> = {
  score: ({ recentDeployments }, need) =>
    recentDeployments.length === 0 ? 1 : 1 / (1 + recentDeployments.reduce((sum, startsOn) => sum + deploymentWeight(startsOn, need.rotationUntil), 0)),
  message: ({ recentDeployments }) => {
    const n = recentDeployments.length;
    if (n === 0) return { EN: 'No deployment in the last 24 months', FR: 'Aucun déploiement ces 24 derniers mois' };
    const latest = recentDeployments.reduce((a, b) => (b > a ? b : a));
    return n === 1
      ? { EN: `1 deployment in the last 24 months (from ${latest})`, FR: `1 déploiement ces 24 derniers mois (le ${latest})` }
      : { EN: `${n} deployments in the last 24 months (the latest from ${latest})`, FR: `${n} déploiements ces 24 derniers mois (le dernier le ${latest})` };
  },
};

/** The criteria read from the profile alone, in MATCH_CRITERIA's order; rotation (the deployments) comes last. */
const STANDING: readonly Criterion<StandingProfile>[] = [language, thematicFit, regionalExperience, subTopicFit, availability, peerValue];
const CRITERIA: readonly Criterion[] = [...STANDING, rotation];
const WEIGHTS = MATCH_CRITERIA.map((code) => MATCH_WEIGHTS[code]);
const ROTATION_WEIGHT = WEIGHTS[STANDING.length];

const rounded = (score: number) => Math.round(score * 10_000) / 10_000;

/**
 * Experts scored on every criterion but rotation, side by side: for expert `i`, its criteria
 * (`criteria`, STANDING_CRITERIA of them from `i * STANDING_CRITERIA`), their weighted sum (`partial`)
 * and the best score it can make (`bound`, rotation fully met): no count of deployments makes it higher.
 */
export interface StandingScores {
  criteria: Float64Array;
  partial: Float64Array;
  bound: Float64Array;
}

/** How many criteria are read from the profile alone (all but rotation). */
export const STANDING_CRITERIA = STANDING.length;

function standingOf(experts: readonly StandingProfile[], need: PreparedNeed): StandingScores {
  const criteria = new Float64Array(experts.length * STANDING.length);
  const partial = new Float64Array(experts.length);
  const bound = new Float64Array(experts.length);
  for (let e = 0; e < experts.length; e += 1) {
    let sum = 0;
    for (let i = 0; i < STANDING.length; i += 1) {
      const score = STANDING[i].score(experts[e], need);
      criteria[e * STANDING.length + i] = score;
      sum += WEIGHTS[i] * score;
    }
    partial[e] = sum;
    bound[e] = rounded(sum + ROTATION_WEIGHT);
  }
  return { criteria, partial, bound };
}

/** The whole score of expert `e` from its standing and its deployments: rotation added last, so the score is the same sum, term by term, whichever way it is made. */
function completed(standing: StandingScores, e: number, recentDeployments: readonly IsoDate[], need: PreparedNeed): { score: number; criteria: number[] } {
  const turn = rotation.score({ recentDeployments }, need);
  const criteria = Array.from(standing.criteria.subarray(e * STANDING.length, (e + 1) * STANDING.length));
  criteria.push(turn);
  return { score: rounded(standing.partial[e] + ROTATION_WEIGHT * turn), criteria };
}

function scoresFor(expert: ExpertProfile, need: PreparedNeed): { score: number; criteria: number[] } {
  return completed(standingOf([expert], need), 0, expert.recentDeployments, need);
}

function reasonsFor(expert: ExpertProfile, need: PreparedNeed, criteria: readonly number[]): MatchReason[] {
  return MATCH_CRITERIA.map((code, i) => ({ code, weight: WEIGHTS[i], score: criteria[i], message: CRITERIA[i].message(expert, need, criteria[i]) }));
}

/**
 * `matchScorer` in steps, for ranking many experts whose deployments cost something to gather, the
 * need prepared once: `standing` scores experts on every criterion but rotation, with the bound no
 * deployment lets each pass; `complete` adds rotation from an expert's deployments and gives what
 * `matchScorer` gives; `reasons` says why, from those criteria, as `scoreExpertMatch` does.
 */
export function standingScorer(need: ExpertiseNeed): {
  standing: (experts: readonly StandingProfile[]) => StandingScores;
  complete: (standing: StandingScores, e: number, recentDeployments: readonly IsoDate[]) => { score: number; criteria: number[] };
  reasons: (expert: ExpertProfile, criteria: readonly number[]) => MatchReason[];
} {
  const prepared = prepare(need);
  return {
    standing: (experts) => standingOf(experts, prepared),
    complete: (standing, e, recentDeployments) => completed(standing, e, recentDeployments, prepared),
    reasons: (expert, criteria) => reasonsFor(expert, prepared, criteria),
  };
}

/**
 * How well experts meet each criterion of one need, in MATCH_CRITERIA's order, and the score they
 * make in [0, 1] (rounded to 4 decimals): the numbers alone, as ranking compares them over the whole
 * roster (the need prepared once for all of them); `scoreExpertMatch` says why.
 */
export function matchScorer(need: ExpertiseNeed): (expert: ExpertProfile) => { score: number; criteria: number[] } {
  const prepared = prepare(need);
  return (expert) => scoresFor(expert, prepared);
}

/** `matchScorer` for one expert. */
export function matchScores(expert: ExpertProfile, need: ExpertiseNeed): { score: number; criteria: number[] } {
  return matchScorer(need)(expert);
}

/**
 * Scores an expert for a need in [0, 1] (rounded to 4 decimals), with a reason per criterion in
 * MATCH_CRITERIA's order: working languages spoken, thematic areas and sub-topics covered, experience
 * of the country (else of its region), availability over the whole dates, peer value (public
 * official; partner-country administration for South-South, most from the region) and rotation
 * (1 / (1 + the deployments in the window, each weighed by `deploymentWeight`)). A criterion the need does not ask is met. The same input always gives the same score.
 */
export function scoreExpertMatch(expert: ExpertProfile, need: ExpertiseNeed): { score: number; reasons: MatchReason[] } {
  const prepared = prepare(need);
  const { score, criteria } = scoresFor(expert, prepared);
  return { score, reasons: reasonsFor(expert, prepared, criteria) };
}

/** The reason a match carries when its score equals another candidate's. */
export const TIE_BREAK_REASON: MatchReason = {
  code: 'TIE_BREAK',
  weight: 0,
  score: 0,
  message: {
    EN: 'Same score as another candidate: ordered by the criteria, heaviest first (language, thematic areas, country or region, sub-topics, availability, peer value, rotation), then by roster id',
    FR: "Même score qu'un autre candidat : départagé par les critères, du plus lourd au plus léger (langue, domaines thématiques, pays ou région, sous-thèmes, disponibilité, valeur de pair, rotation), puis par identifiant au fichier",
  },
};

/** Best first: the higher score, then criterion by criterion in MATCH_CRITERIA's order (`matchScores`), then the lower id (code points, not locale). */
export function compareMatches(a: { score: number; criteria: readonly number[]; id: string }, b: typeof a): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < MATCH_CRITERIA.length; i += 1) {
    const difference = b.criteria[i] - a.criteria[i];
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
