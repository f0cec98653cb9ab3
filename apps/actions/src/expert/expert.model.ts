import { isEuMemberState } from '@mieux/domain';
import type { ExpertCardRow } from './expert.entity';

/** The expert's card as the graph reads it (`Deployment.expert`'s provided fields). */
export interface ExpertCardModel {
  status: string;
  publicOfficial: boolean;
  euNational: boolean;
  /** The profile's fields: the expert's and project officers' only. */
  displayName: string | null;
  employerType: string | null;
  nationality: { code: string } | null;
  memberState: { code: string } | null;
}

/** The fields of `ExpertCardModel`, as the graph names them. */
export const CARD_FIELDS = [
  'status',
  'publicOfficial',
  'euNational',
  'displayName',
  'employerType',
  'nationality',
  'memberState',
] as const satisfies readonly (keyof ExpertCardModel)[];

/** An expert of the experts service's roster, as this service resolves it: its key, and its card where this service provides it. */
export type ExpertStub = { id: string } & Partial<ExpertCardModel>;

export function toExpertCardModel(row: Omit<ExpertCardRow, 'expertId' | 'changedAt'>): ExpertCardModel {
  return {
    status: row.status,
    publicOfficial: Boolean(row.publicOfficial),
    euNational: isEuMemberState(row.nationality),
    displayName: row.displayName,
    employerType: row.employerType,
    nationality: { code: row.nationality },
    memberState: row.memberState ? { code: row.memberState } : null,
  };
}

/** The card as a caller may read it: the public card for every signed-in caller, the profile's fields for the expert and project officers only (as the experts service answers). */
export function cardFor(expert: ExpertStub, mayReadProfile: boolean): ExpertStub {
  return mayReadProfile ? expert : { ...expert, displayName: null, employerType: null, nationality: null, memberState: null };
}
