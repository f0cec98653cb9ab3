import { InFlight } from '../src/in-flight';

/** A call answered when `answer` is called, counting how often it was made. */
function pendingCall() {
  let resolve: (value: { rows: number[] }) => void = () => undefined;
  const call = jest.fn(() => new Promise<{ rows: number[] }>((r) => (resolve = r)));
  return { call, answer: (value: { rows: number[] }) => resolve(value) };
}

describe('identical calls in flight', () => {
  const copy = (answer: { rows: number[] }) => ({ rows: [...answer.rows] });

  it('hands a call nobody joined its answer as it came, without copying it', async () => {
    const inFlight = new InFlight(copy);
    const { call, answer } = pendingCall();
    const original = { rows: [1, 2] };
    const waiting = inFlight.share('page', call);
    answer(original);
    expect(await waiting).toBe(original);
  });

  it('makes one call for the waiters of one key, each with its own copy, and a new call once answered', async () => {
    const inFlight = new InFlight(copy);
    const { call, answer } = pendingCall();
    const waiting = [inFlight.share('page', call), inFlight.share('page', call), inFlight.share('page', call)];
    const original = { rows: [1, 2] };
    answer(original);
    const answers = await Promise.all(waiting);
    expect(call).toHaveBeenCalledTimes(1);
    expect(answers).toEqual([original, original, original]);
    expect(new Set([original, ...answers]).size).toBe(4);
    answers[0].rows.push(3);
    expect(answers[1].rows).toEqual([1, 2]);
    const later = pendingCall();
    const next = inFlight.share('page', later.call);
    later.answer({ rows: [4] });
    expect(await next).toEqual({ rows: [4] });
    expect(later.call).toHaveBeenCalledTimes(1);
  });

  it('gives every waiter the failure of a shared call, and forgets the key', async () => {
    const inFlight = new InFlight(copy);
    const failing = jest.fn(() => Promise.reject(new Error('unreachable')));
    const both = [inFlight.share('page', failing), inFlight.share('page', failing)];
    await expect(Promise.all(both)).rejects.toThrow('unreachable');
    expect(failing).toHaveBeenCalledTimes(1);
    const { call, answer } = pendingCall();
    const again = inFlight.share('page', call);
    answer({ rows: [] });
    expect(await again).toEqual({ rows: [] });
  });
});
