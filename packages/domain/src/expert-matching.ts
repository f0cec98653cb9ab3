import { rangesOverlap, type IsoDate } from './dates';
import type { Labels } from './labels';

/** What an activity needs of an expert. */
export interface ExpertiseNeed {
  thematicAreas: readonly string[];
  subTopics?: readonly string[];
  languages?: readonly string[];
  countryCode?: string | null;
  region?: string | null;
  startsOn?: IsoDate | null;
  endsOn?: IsoDate | null;
}

/** What the roster knows of an expert, for matching. */
export interface ExpertProfile {
  thematicAreas: readonly string[];
  subTopics: readonly string[];
  languages: readonly string[];
  regions: readonly string[];
  countriesOfExperience: readonly string[];
  availability: readonly { from: IsoDate; to: IsoDate }[];
}

export interface MatchReason {
  code: 'THEMATIC_FIT' | 'LANGUAGE' | 'REGIONAL_EXPERIENCE' | 'AVAILABILITY';
  /** The share of the total score this criterion can give. */
  weight: number;
  /** How well the expert meets it, in [0, 1]. */
  score: number;
  message: Labels;
}

/** Thematic fit matters most: the facility is peer-to-peer expertise on a subject. */
export const MATCH_WEIGHTS = { THEMATIC_FIT: 0.45, LANGUAGE: 0.2, REGIONAL_EXPERIENCE: 0.2, AVAILABILITY: 0.15 } as const;

function share(needed: readonly string[], offered: readonly string[]): number {
  if (needed.length === 0) return 1;
  return needed.filter((n) => offered.includes(n)).length / needed.length;
}

/**
 * Scores an expert for a need in [0, 1], with every reason: thematic areas covered (sub-topics
 * refine it), a working language in common, experience of the country or else of the region, and
 * availability over the whole dates. The same input always gives the same score.
 */
export function scoreExpertMatch(expert: ExpertProfile, need: ExpertiseNeed): { score: number; reasons: MatchReason[] } {
  const areas = share(need.thematicAreas, expert.thematicAreas);
  const topics = need.subTopics?.length ? share(need.subTopics, expert.subTopics) : areas;
  const thematic = 0.75 * areas + 0.25 * topics;
  const language = share(need.languages ?? [], expert.languages) > 0 ? 1 : 0;
  const regional =
    need.countryCode && expert.countriesOfExperience.includes(need.countryCode)
      ? 1
      : need.region && expert.regions.includes(need.region)
        ? 0.6
        : !need.countryCode && !need.region
          ? 1
          : 0;
  const dates = need.startsOn && need.endsOn ? { from: need.startsOn, to: need.endsOn } : null;
  const available =
    !dates || expert.availability.some((p) => p.from <= dates.from && dates.to <= p.to)
      ? 1
      : expert.availability.some((p) => rangesOverlap(p, dates))
        ? 0.5
        : 0;
  const reasons: MatchReason[] = [
    {
      code: 'THEMATIC_FIT',
      weight: MATCH_WEIGHTS.THEMATIC_FIT,
      score: thematic,
      message: {
        EN: `Covers ${Math.round(areas * 100)}% of the thematic areas asked`,
        FR: `Couvre ${Math.round(areas * 100)} % des domaines thématiques demandés`,
      },
    },
    {
      code: 'LANGUAGE',
      weight: MATCH_WEIGHTS.LANGUAGE,
      score: language,
      message: language
        ? { EN: 'Speaks a working language of the activity', FR: "Parle une langue de travail de l'activité" }
        : { EN: 'Speaks none of the working languages asked', FR: 'Ne parle aucune des langues de travail demandées' },
    },
    {
      code: 'REGIONAL_EXPERIENCE',
      weight: MATCH_WEIGHTS.REGIONAL_EXPERIENCE,
      score: regional,
      message:
        regional === 1
          ? { EN: 'Has worked in the country or the region asked', FR: 'A travaillé dans le pays ou la région demandés' }
          : regional > 0
            ? { EN: 'Has worked in the region', FR: 'A travaillé dans la région' }
            : { EN: 'No experience of the country or region', FR: "Pas d'expérience du pays ni de la région" },
    },
    {
      code: 'AVAILABILITY',
      weight: MATCH_WEIGHTS.AVAILABILITY,
      score: available,
      message:
        available === 1
          ? { EN: 'Available over the whole dates', FR: 'Disponible sur toute la période' }
          : available > 0
            ? { EN: 'Available for part of the dates', FR: 'Disponible sur une partie de la période' }
            : { EN: 'Not available on these dates', FR: 'Indisponible à ces dates' },
    },
  ];
  const score = reasons.reduce((sum, r) => sum + r.weight * r.score, 0);
  return { score: Math.round(score * 10_000) / 10_000, reasons };
}
