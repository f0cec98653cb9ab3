import type { ParticipationRow } from './participation.entity';

/** A participation record as resolvers see it: the current one, or one of its history. */
export type ParticipationModel = ParticipationRow;
