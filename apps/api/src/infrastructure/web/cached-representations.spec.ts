import { CachedRepresentations, representation } from './cached-representations';
import { matchesIfNoneMatch } from './send-representation';

const json = (text: string) => representation(Buffer.from(text), 'application/json');

describe('CachedRepresentations', () => {
  it('renders a key once and then answers from memory', async () => {
    const cache = new CachedRepresentations();
    let renders = 0;
    const render = async () => {
      renders++;
      return json('{"a":1}');
    };
    const first = await cache.get('k', render);
    const second = await cache.get('k', render);
    expect(second).toBe(first);
    expect(renders).toBe(1);
    expect(cache.size()).toEqual({ entries: 1, bytes: 7 });
  });

  it('renders once for concurrent misses of one key', async () => {
    const cache = new CachedRepresentations();
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((done) => setTimeout(done, 10));
      return json('{}');
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', render)));
    expect(renders).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('keeps nothing when the rendering fails, and tries again next time', async () => {
    const cache = new CachedRepresentations();
    await expect(cache.get('k', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(cache.size().entries).toBe(0);
    await expect(cache.get('k', async () => json('{}'))).resolves.toMatchObject({ etag: /"/ });
  });

  it('evicts the least recently used entries beyond its byte budget', async () => {
    const cache = new CachedRepresentations(10);
    await cache.get('a', async () => json('aaaa'));
    await cache.get('b', async () => json('bbbb'));
    await cache.get('a', async () => json('never'));
    await cache.get('c', async () => json('cccc'));
    expect(cache.size()).toEqual({ entries: 2, bytes: 8 });
    let rendered = false;
    await cache.get('b', async () => {
      rendered = true;
      return json('bbbb');
    });
    expect(rendered).toBe(true);
    // Larger than the whole budget: served, never kept.
    await cache.get('huge', async () => json('x'.repeat(11)));
    expect(cache.size().entries).toBe(2);
  });

  it('names bytes by their content', () => {
    expect(json('{"a":1}').etag).toBe(json('{"a":1}').etag);
    expect(json('{"a":1}').etag).not.toBe(json('{"a":2}').etag);
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('%j → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });
  it('is false without the header', () => {
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
