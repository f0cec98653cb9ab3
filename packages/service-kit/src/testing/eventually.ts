/**
 * Reads until the answer equals `expected` (Jest's `toEqual`), for what follows a write by a moment (a
 * figure of a read model, a copy fed by events); after `timeoutMs` fails with the last answer's difference.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, { timeoutMs = 10_000, everyMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await read();
    try {
      expect(answer).toEqual(expected);
      return answer;
    } catch (difference) {
      if (Date.now() > deadline) throw difference;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
