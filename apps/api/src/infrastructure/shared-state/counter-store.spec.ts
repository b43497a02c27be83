import { MemoryCounterStore, RedisCounterStore } from './counter-store';
import { connectRedis } from './redis';
import { twoConnections } from './testing/two-connections';

describe('MemoryCounterStore', () => {
  it('counts per key in fixed windows', async () => {
    let now = 1_000;
    const store = new MemoryCounterStore(() => now);
    expect(await store.hit('a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now += 10_000;
    expect(await store.hit('a', 60_000)).toEqual({ count: 2, resetInMs: 50_000 });
    expect(await store.hit('b', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now += 50_000;
    expect(await store.hit('a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });
});

describe('RedisCounterStore', () => {
  const { prefix, one, two } = twoConnections();

  it('counts the hits of every connection together, in windows that expire', async () => {
    const a = new RedisCounterStore(one, prefix);
    const b = new RedisCounterStore(two, prefix);
    const first = await a.hit('exports:account:1', 300);
    expect(first?.count).toBe(1);
    expect(first?.resetInMs).toBeGreaterThan(0);
    expect(first?.resetInMs).toBeLessThanOrEqual(300);
    expect((await b.hit('exports:account:1', 300))?.count).toBe(2);
    expect((await a.hit('exports:account:2', 300))?.count).toBe(1);
    await new Promise((done) => setTimeout(done, 350));
    expect((await b.hit('exports:account:1', 300))?.count).toBe(1);
  });

  it('answers null while Redis cannot be reached', async () => {
    const gone = connectRedis('redis://127.0.0.1:1', 'test-gone');
    try {
      expect(await new RedisCounterStore(gone, prefix).hit('x', 1_000)).toBeNull();
    } finally {
      gone.disconnect();
    }
  });
});
