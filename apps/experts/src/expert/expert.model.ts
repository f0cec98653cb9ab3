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

/** The expert's complete data, for the right of access. */
export function exportedData(expert: ExpertModel): Record<string, unknown> {
  const { idempotencyKey: _key, payloadHash: _hash, ...data } = expert;
  return {
    ...data,
    consentGivenAt: expert.consentGivenAt.toISOString(),
    consentWithdrawnAt: expert.consentWithdrawnAt?.toISOString() ?? null,
    appliedAt: expert.appliedAt.toISOString(),
    erasedAt: expert.erasedAt?.toISOString() ?? null,
  };
}
