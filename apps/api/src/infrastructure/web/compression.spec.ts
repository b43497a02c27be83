import { brotliDecompressSync } from 'node:zlib';
import {
  compress,
  compressedOnce,
  encodedEtag,
  isCompressible,
  MIN_COMPRESSED_BYTES,
  negotiateEncoding,
} from './compression';

describe('answer compression', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding(['deflate', 'br;q=1'])).toBe('br');
  });

  it('compresses text of 1 KiB and more, never binary files', () => {
    expect(isCompressible('application/json; charset=utf-8', MIN_COMPRESSED_BYTES)).toBe(true);
    expect(isCompressible('text/csv', 5000)).toBe(true);
    expect(isCompressible('application/ld+json', 5000)).toBe(true);
    expect(isCompressible('application/json', MIN_COMPRESSED_BYTES - 1)).toBe(false);
    expect(isCompressible('application/pdf', 5000)).toBe(false);
    expect(isCompressible(undefined, 5000)).toBe(false);
  });

  it('names each encoding in the entity tag once', () => {
    expect(encodedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(encodedEtag('"abc-br"', 'br')).toBe('"abc-br"');
    expect(encodedEtag('"abc"', 'gzip')).toBe('"abc-gzip"');
  });

  it('compresses an immutable body once per encoding', () => {
    const body = Buffer.from(JSON.stringify({ text: 'Zerspanungsmechaniker '.repeat(200) }));
    const first = compressedOnce(body, 'br');
    expect(compressedOnce(body, 'br')).toBe(first);
    expect(first.length).toBeLessThan(body.length / 10);
    expect(brotliDecompressSync(first).equals(body)).toBe(true);
    expect(compressedOnce(body, 'gzip')).not.toBe(first);
  });

  it('compresses a body kept once more thoroughly than one per request, up to 256 KiB', () => {
    const words = ['Zerspanung', 'Drehen', 'Fräsen', 'tekinimas', 'frēzēšana', 'treimine'];
    let seed = 7;
    const text = Array.from({ length: 20000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return words[seed % words.length];
    }).join(' ');
    const body = Buffer.from(JSON.stringify({ text }));
    const kept = compressedOnce(body, 'br');
    expect(kept.length).toBeLessThan(compress(body, 'br').length);
    expect(brotliDecompressSync(kept).equals(body)).toBe(true);
  });
});
