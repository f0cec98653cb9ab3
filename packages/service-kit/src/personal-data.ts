import { forbidden } from './errors';
import type { Identity } from './identity';
import { IDEMPOTENCY_COLUMNS } from './limits';

/**
 * What each service's part of the graph's `PersonalData` starts from (`Query.myPersonalData`, right
 * of access): whose data it is.
 */
export interface PersonalDataReference {
  expertId: string;
}

/**
 * Only the expert a `PersonalData` is about reads it. `Query.myPersonalData` hands out the caller's
 * own id only; every service checks again before it answers its part.
 */
export function requireDataSubject(identity: Identity, { expertId }: PersonalDataReference): void {
  if (!identity.roles.includes('EXPERT') || identity.expertId !== expertId) throw forbidden("An expert's personal data is read by the expert only");
}

const BOOKKEEPING = new Set(Object.keys(IDEMPOTENCY_COLUMNS));

/**
 * A stored row as the person it is about downloads it: every column but the idempotency bookkeeping
 * (a digest of a client's key and of its payload, about no one), instants as ISO 8601.
 */
export function exportedRow(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([column]) => !BOOKKEEPING.has(column))
      .map(([column, value]) => [column, value instanceof Date ? value.toISOString() : value]),
  );
}
