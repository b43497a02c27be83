import { TooManyRequestsError } from '../../common/errors/domain.errors';
import { RenderSlots } from './render-slots';

/** A render that ends when the test says so. */
function controlled<T>(value: T): { promise: Promise<T>; finish: () => void } {
  let finish = () => undefined as void;
  const promise = new Promise<T>((done) => {
    finish = () => done(value);
  });
  return { promise, finish };
}

const tick = () => new Promise((done) => setImmediate(done));

describe('RenderSlots', () => {
  it('runs at most the configured renders at once, queues the next in order, refuses beyond', async () => {
    const slots = new RenderSlots({ maxConcurrentRenders: 1, renderQueueLimit: 1 });
    const first = controlled('first');
    const second = controlled('second');
    const started: string[] = [];
    const a = slots.run(() => {
      started.push('a');
      return first.promise;
    });
    const b = slots.run(() => {
      started.push('b');
      return second.promise;
    });
    await tick();
    expect(started).toEqual(['a']);
    expect(slots.load()).toEqual({ running: 1, waiting: 1 });
    // The queue is full: a third is refused with Retry-After.
    await expect(slots.run(async () => 'c')).rejects.toBeInstanceOf(TooManyRequestsError);

    first.finish();
    expect(await a).toBe('first');
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(slots.load()).toEqual({ running: 1, waiting: 0 });
    second.finish();
    expect(await b).toBe('second');
    expect(slots.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a render fails', async () => {
    const slots = new RenderSlots({ maxConcurrentRenders: 1, renderQueueLimit: 0 });
    await expect(
      slots.run(async () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(slots.load()).toEqual({ running: 0, waiting: 0 });
    expect(await slots.run(async () => 'again')).toBe('again');
  });
});
