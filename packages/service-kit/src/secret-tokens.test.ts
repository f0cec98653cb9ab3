import { newSecretToken, secretTokenHash } from './secret-tokens';

describe('secret tokens', () => {
  it('are random, url-safe, and stored as their hash only', () => {
    const a = newSecretToken();
    const b = newSecretToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(secretTokenHash(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });
});
