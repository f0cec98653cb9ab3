import type { ExpertRow } from './expert.entity';

export interface CountryStub {
  code: string;
}

/** The stored expert is what resolvers get; each personal field checks who is asking. */
export type ExpertModel = ExpertRow & {
  /** Set on the answer to the caller's own application, anonymous or not: it is what they just sent. */
  grantedToCaller?: boolean;
};

export const ERASED_NAME = 'Erased expert';
