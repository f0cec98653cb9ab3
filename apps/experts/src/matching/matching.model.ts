import type { MatchReason } from '@mieux/domain';
import type { MatchCandidate } from '../expert/expert.repository';

/** A ranked candidate: what matching read of the expert (the whole expert is read for the page only). */
export interface ExpertMatchModel {
  expert: MatchCandidate;
  score: number;
  rank: number;
  reasons: MatchReason[];
}

/** An activity as this service sees it: the fields the actions service provides through @requires. */
export interface ActivityNeed {
  id: string;
  startsOn?: string;
  endsOn?: string;
  thematicAreas?: string[];
  subTopics?: string[];
  workingLanguages?: string[];
  countryCode?: string;
  busyExpertIds?: string[];
}
