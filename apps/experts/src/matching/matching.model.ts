import type { MatchReason } from '@mieux/domain';
import type { ExpertModel } from '../expert/expert.model';

export interface ExpertMatchModel {
  expert: ExpertModel;
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
