import { createHash } from 'node:crypto';
import { badUserInput } from '../errors';
import { callerId, type Identity } from '../identity';
import { field, parseInput } from '../input';
import { isUniqueViolation } from './transaction';

/**
 * The key an idempotent creation stores for a client's key: a digest scoped to the caller, so a key
 * is never taken by someone else. A signed-in caller's keys are theirs (the same key with another
 * payload is refused as before); an anonymous key counts only with the input it was first used
 * with, so two strangers who copy the same example key each get their own record. The key is
 * checked first (at most IDEMPOTENCY_KEY_MAX printable characters): BAD_USER_INPUT on `idempotencyKey`.
 */
export function scopedIdempotencyKey(identity: Identity, key: string | null | undefined, payload: unknown): string | null {
  const given = parseInput(field.idempotencyKey(), key, 'idempotencyKey');
  if (!given) return null;
  const scope = identity.sub ? `caller:${callerId(identity)}` : `anonymous:${payloadDigest(payload)}`;
  return createHash('sha256').update(`${scope}\n${given}`).digest('hex');
}

/** The digest of what a client asked for, as idempotent creations compare it. */
export function payloadDigest(payload: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(payload) ?? '')
    .digest('hex');
}

export interface IdempotentCreation<T> {
  /** The client's key; null creates every time. */
  key: string | null;
  /** What the client asked for: the same key must come with the same payload. */
  payload: unknown;
  /** The record created earlier with this key, if any. */
  find(key: string): Promise<(T & { payloadHash: string | null }) | null>;
  /**
   * Creates the record, storing the key and the payload hash (under a unique key constraint). A
   * creation that takes a lock before checking its rules reads the key again under the lock and
   * returns `replayOf` the record found: a racing replay must not be judged against its own twin.
   */
  create(payloadHash: string): Promise<T>;
}

/**
 * The record created earlier with a key, if its payload hash is the replay's; the same key with
 * another payload is BAD_USER_INPUT on `idempotencyKey`.
 */
export function replayOf<T extends { payloadHash: string | null }>(earlier: T | null, payloadHash: string): T | null {
  if (earlier && earlier.payloadHash !== payloadHash) {
    throw badUserInput([{ field: 'idempotencyKey', message: 'was already used for a different request' }]);
  }
  return earlier;
}

/**
 * Creation with an idempotency key: a replay with the same payload returns the first record, even
 * when replays race (the unique key lets one insert win, the others read it back); the same key with
 * another payload is BAD_USER_INPUT on `idempotencyKey`.
 */
export async function createIdempotently<T>(creation: IdempotentCreation<T>): Promise<T> {
  const payloadHash = payloadDigest(creation.payload);
  const replayed = async (key: string) => replayOf(await creation.find(key), payloadHash);
  if (creation.key) {
    const earlier = await replayed(creation.key);
    if (earlier) return earlier;
  }
  try {
    return await creation.create(payloadHash);
  } catch (error) {
    if (creation.key && isUniqueViolation(error)) {
      const earlier = await replayed(creation.key);
      if (earlier) return earlier;
    }
    throw error;
  }
}
