import type { FollowUpRow } from './follow-up.entity';

/** A follow-up as readers of its Action see it. */
export type FollowUpModel = FollowUpRow;
