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

interface Assessment {
  score: number;
  message: Labels;
}

/** The window before a need in which deployments count for rotation: the 24 months before it starts (before today without dates), its end excluded. */
export function rotationWindow(need: { startsOn?: IsoDate | null }, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = need.startsOn ?? today;
  return { from: addCalendarMonths(to, -ROTATION_MONTHS), to };
}

function share(needed: readonly string[], offered: readonly string[]): number {
  return needed.filter((n) => offered.includes(n)).length / needed.length;
}

function percent(value: number): number {
  return Math.round(value * 100);
}

function language({ languages }: ExpertProfile, need: ExpertiseNeed): Assessment {
  const asked = need.languages ?? [];
  if (asked.length === 0) return { score: 1, message: { EN: 'No working language asked', FR: 'Aucune langue de travail demandée' } };
  const spoken = asked.filter((l) => languages.includes(l));
  const list = spoken.join(', ');
  if (spoken.length === asked.length)
    return {
      score: 1,
      message: { EN: `Speaks every working language of the activity (${list})`, FR: `Parle toutes les langues de travail de l'activité (${list})` },
    };
  if (spoken.length === 0)
    return { score: 0, message: { EN: 'Speaks none of the working languages asked', FR: 'Ne parle aucune des langues de travail demandées' } };
  return {
    score: spoken.length / asked.length,
    message: {
      EN: `Speaks ${spoken.length} of the ${asked.length} working languages (${list})`,
      FR: `Parle ${spoken.length} des ${asked.length} langues de travail (${list})`,
    },
  };
}

function thematicFit(expert: ExpertProfile, need: ExpertiseNeed): Assessment {
  if (need.thematicAreas.length === 0) return { score: 1, message: { EN: 'No thematic area asked', FR: 'Aucun domaine thématique demandé' } };
  const score = share(need.thematicAreas, expert.thematicAreas);
  return {
    score,
    message: { EN: `Covers ${percent(score)}% of the thematic areas asked`, FR: `Couvre ${percent(score)} % des domaines thématiques demandés` },
  };
}

function subTopicFit(expert: ExpertProfile, need: ExpertiseNeed): Assessment {
  const asked = need.subTopics ?? [];
  if (asked.length === 0) return { score: 1, message: { EN: 'No sub-topic asked', FR: 'Aucun sous-thème demandé' } };
  const score = share(asked, expert.subTopics);
  return { score, message: { EN: `Covers ${percent(score)}% of the sub-topics asked`, FR: `Couvre ${percent(score)} % des sous-thèmes demandés` } };
}

function regionalExperience(expert: ExpertProfile, need: ExpertiseNeed): Assessment {
  if (need.countryCode && expert.countriesOfExperience.includes(need.countryCode)) {
    const name = findCountry(need.countryCode)?.name ?? { EN: need.countryCode, FR: need.countryCode };
    return { score: 1, message: { EN: `Has worked in the country asked (${name.EN})`, FR: `A travaillé dans le pays demandé (${name.FR})` } };
  }
  const inRegion = need.region ? expert.countriesOfExperience.filter((c) => findCountry(c)?.region === need.region).length : 0;
  if (need.region && (inRegion > 0 || expert.regions.includes(need.region))) {
    const counted = Math.min(inRegion, REGION_SCORES.COUNTRIES_COUNTED);
    return {
      score: Math.round((REGION_SCORES.BASE + REGION_SCORES.PER_COUNTRY * counted) * 100) / 100,
      message: {
        EN: `Has worked in the region (${inRegion} of its countries), not in the country`,
        FR: `A travaillé dans la région (${inRegion} de ses pays), pas dans le pays`,
      },
    };
  }
  if (!need.countryCode && !need.region) return { score: 1, message: { EN: 'No country or region asked', FR: 'Aucun pays ni région demandés' } };
  return { score: 0, message: { EN: 'No experience of the country or region', FR: "Pas d'expérience du pays ni de la région" } };
}

function availability(expert: ExpertProfile, need: ExpertiseNeed): Assessment {
  if (!need.startsOn || !need.endsOn) return { score: 1, message: { EN: 'No dates asked', FR: 'Aucune date demandée' } };
  const dates = { from: need.startsOn, to: need.endsOn };
  if (expert.availability.some((p) => p.from <= dates.from && dates.to <= p.to))
    return { score: 1, message: { EN: 'Available over the whole dates', FR: 'Disponible sur toute la période' } };
  if (expert.availability.some((p) => rangesOverlap(p, dates)))
    return { score: 0.5, message: { EN: 'Available for part of the dates', FR: 'Disponible sur une partie de la période' } };
  return { score: 0, message: { EN: 'Not available on these dates', FR: 'Indisponible à ces dates' } };
}

function peerValue(expert: ExpertProfile, need: ExpertiseNeed): Assessment {
  if (expert.publicOfficial && expert.employerType === 'PARTNER_COUNTRY_ADMINISTRATION') {
    if (need.region && findCountry(expert.nationality)?.region === need.region)
      return {
        score: PEER_SCORES.SOUTH_SOUTH_SAME_REGION,
        message: {
          EN: "Public official of a partner country's administration in the same region (South-South peer)",
          FR: "Fonctionnaire de l'administration d'un pays partenaire de la même région (pair Sud-Sud)",
        },
      };
    return {
      score: PEER_SCORES.SOUTH_SOUTH,
      message: {
        EN: "Public official of a partner country's administration (South-South peer)",
        FR: "Fonctionnaire de l'administration d'un pays partenaire (pair Sud-Sud)",
      },
    };
  }
  if (expert.publicOfficial)
    return { score: PEER_SCORES.PUBLIC_OFFICIAL, message: { EN: 'Public official: a peer of the counterparts', FR: 'Fonctionnaire : un pair des homologues' } };
  return { score: PEER_SCORES.OTHER, message: { EN: 'Not a public official', FR: "N'est pas fonctionnaire" } };
}

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

function rotation({ recentDeployments }: ExpertProfile, need: ExpertiseNeed): Assessment {
  const n = recentDeployments.length;
  if (n === 0) return { score: 1, message: { EN: 'No deployment in the last 24 months', FR: 'Aucun déploiement ces 24 derniers mois' } };
  const load = recentDeployments.reduce((sum, startsOn) => sum + deploymentWeight(startsOn, need.rotationUntil), 0);
  const latest = recentDeployments.reduce((a, b) => (b > a ? b : a));
  return {
    score: 1 / (1 + load),
    message:
      n === 1
        ? { EN: `1 deployment in the last 24 months (from ${latest})`, FR: `1 déploiement ces 24 derniers mois (le ${latest})` }
        : { EN: `${n} deployments in the last 24 months (the latest from ${latest})`, FR: `${n} déploiements ces 24 derniers mois (le dernier le ${latest})` },
  };
}

const ASSESS: Record<MatchCriterion, (expert: ExpertProfile, need: ExpertiseNeed) => Assessment> = {
  LANGUAGE: language,
  THEMATIC_FIT: thematicFit,
  REGIONAL_EXPERIENCE: regionalExperience,
  SUB_TOPIC_FIT: subTopicFit,
  AVAILABILITY: availability,
  PEER_VALUE: peerValue,
  ROTATION: rotation,
};

/**
 * Scores an expert for a need in [0, 1] (rounded to 4 decimals), with a reason per criterion in
 * MATCH_CRITERIA's order: working languages spoken, thematic areas and sub-topics covered, experience
 * of the country (else of its region), availability over the whole dates, peer value (public
 * official; partner-country administration for South-South, most from the region) and rotation
 * (1 / (1 + the deployments in the window, each weighed by `deploymentWeight`)). A criterion the need does not ask is met. The same input always gives the same score.
 */
export function scoreExpertMatch(expert: ExpertProfile, need: ExpertiseNeed): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = MATCH_CRITERIA.map((code) => ({ code, weight: MATCH_WEIGHTS[code], ...ASSESS[code](expert, need) }));
  const score = reasons.reduce((sum, r) => sum + r.weight * r.score, 0);
  return { score: Math.round(score * 10_000) / 10_000, reasons };
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

/** Best first: the higher score, then criterion by criterion in MATCH_CRITERIA's order, then the lower id (code points, not locale). */
export function compareMatches(a: { score: number; reasons: readonly MatchReason[]; id: string }, b: typeof a): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < MATCH_CRITERIA.length; i += 1) {
    const difference = b.reasons[i].score - a.reasons[i].score;
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
