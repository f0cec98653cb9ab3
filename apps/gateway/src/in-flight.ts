/**
 * Identical reads in flight at the same moment share one call: under load many clients ask the same
 * portfolio or page, and each waiting for its own copy only queues. When a call was shared, each waiter
 * gets its own copy of the answer (the gateway merges answers into its result in place); a call nobody
 * joined hands its answer over as it came: copying every answer of a page of 50 Actions took a tenth of
 * the gateway's CPU, for callers that shared nothing.
 */
export class InFlight<T> {
  private readonly calls = new Map<string, { answer: Promise<T>; waiters: number }>();

  constructor(private readonly copy: (answer: T) => T) {}

  async share(key: string, call: () => Promise<T>): Promise<T> {
    let shared = this.calls.get(key);
    if (!shared) {
      // Removed before any waiter resumes: once the answer is there nobody joins, so `waiters` is final.
      shared = { answer: call().finally(() => this.calls.delete(key)), waiters: 0 };
      this.calls.set(key, shared);
    }
    shared.waiters += 1;
    const answer = await shared.answer;
    return shared.waiters > 1 ? this.copy(answer) : answer;
  }
}
