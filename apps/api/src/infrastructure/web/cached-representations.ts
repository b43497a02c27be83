import { createHash } from 'node:crypto';

/** Bytes ready to send, with the strong entity tag that names them. */
export interface Representation {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
}

/** A representation sent as a file (an export), with the name it is saved under. */
export interface Download extends Representation {
  readonly filename: string;
}

/** Upper bound of the bytes kept; beyond it the least recently used representations go first. */
export const CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

/** The strong entity tag of bytes: the start of their SHA-256, base64url, quoted. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export function representation(body: Buffer, contentType: string): Representation {
  return { body, etag: etagOf(body), contentType };
}

export function jsonRepresentation(value: unknown): Representation {
  return representation(Buffer.from(JSON.stringify(value)), 'application/json; charset=utf-8');
}

export function download(body: Buffer, contentType: string, filename: string): Download {
  return { ...representation(body, contentType), filename };
}

/**
 * A cache of serialised representations of immutable things (published versions never change), so
 * that the hot read path sends bytes from memory instead of loading, parsing and serialising a
 * snapshot per request. Keys must name the immutable thing exactly (curriculum id, version number,
 * format, language). Concurrent misses for one key render it once. Bounded by `CACHE_BUDGET_BYTES`.
 *
 * Only bytes are cached: who may see them is still decided per request from the database, so
 * archiving or a new published version takes effect at once on every server of a deployment.
 */
export class CachedRepresentations {
  private readonly entries = new Map<string, Representation>();
  private readonly pending = new Map<string, Promise<Representation>>();
  private bytes = 0;

  constructor(private readonly budget: number = CACHE_BUDGET_BYTES) {}

  /** A key always names one kind of representation, so what it holds has the type rendered. */
  async get<T extends Representation>(key: string, render: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key) as T | undefined;
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const inFlight = this.pending.get(key) as Promise<T> | undefined;
    if (inFlight !== undefined) return inFlight;
    const rendering = render().finally(() => this.pending.delete(key));
    this.pending.set(key, rendering);
    const rendered = await rendering;
    this.remember(key, rendered);
    return rendered;
  }

  /** Number of representations and bytes held (for tests and diagnostics). */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remember(key: string, value: Representation): void {
    if (value.body.length > this.budget || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += value.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}
