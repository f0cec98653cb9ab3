import { createHash, randomBytes } from 'node:crypto';

/**
 * A single-use secret handed out in a link (an evaluation's): 24 random bytes, base64url. Only its
 * hash is stored, so the database alone never yields a usable link; it is looked up by that hash.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: secretTokenHash(token) };
}

/** The stored form of a secret token: its SHA-256, hex (64 characters). */
export function secretTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
