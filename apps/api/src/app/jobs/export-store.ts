import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { etagOf } from '../../infrastructure/web/cached-representations';

/** What is kept beside a stored file: how it is sent. */
export interface StoredFileMeta {
  readonly contentType: string;
  readonly fileName: string;
}

/** A stored file as the job resource names it (`result`). */
export interface StoredFile extends StoredFileMeta {
  /** Where the store keeps it (`published/<curriculum>/<n>/<variant>`, `jobs/<job id>`). */
  readonly key: string;
  readonly bytes: number;
  /** The strong entity tag of the bytes (sha-256, as the cached representations have it). */
  readonly etag: string;
}

/**
 * Where rendered exports are kept (ADR 0032): published versions once per format and language,
 * for good; the files of other jobs until `JOB_RETENTION_S` has passed. Keys are paths of
 * `[a-z0-9._-]` segments joined by `/`. The file store is the default; an S3-compatible object
 * store implements the same four methods.
 */
export interface ExportStore {
  /** Writes whole or not at all: a reader never sees half a file, a second write replaces the first. */
  put(key: string, body: Buffer, meta: StoredFileMeta): Promise<StoredFile>;
  get(key: string): Promise<{ file: StoredFile; body: Buffer } | null>;
  /** Whether the key is stored, without reading the bytes. */
  head(key: string): Promise<StoredFile | null>;
  /** Removes the files under `prefix` written more than `olderThanMs` ago; how many went. */
  sweep(prefix: string, olderThanMs: number): Promise<number>;
}

export const EXPORT_STORE = Symbol('EXPORT_STORE');

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/**
 * Files on a disk every worker and API instance reaches (one machine, or a shared volume): the
 * bytes in `<key>`, how to send them in `<key>.json`. A write goes to a temporary name first and is
 * renamed into place, so a reader sees the old file or the new one, never part of one.
 */
export class FileExportStore implements ExportStore {
  constructor(private readonly root: string) {}

  async put(key: string, body: Buffer, meta: StoredFileMeta): Promise<StoredFile> {
    const path = this.path(key);
    const file: StoredFile = { ...meta, key, bytes: body.length, etag: etagOf(body) };
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      // The bytes before their description: a description always names bytes that are there.
      await writeFile(temporary, body);
      await rename(temporary, path);
      await writeFile(`${temporary}.json`, JSON.stringify(file));
      await rename(`${temporary}.json`, `${path}.json`);
    } finally {
      await rm(temporary, { force: true });
      await rm(`${temporary}.json`, { force: true });
    }
    return file;
  }

  async get(key: string): Promise<{ file: StoredFile; body: Buffer } | null> {
    const file = await this.head(key);
    if (file === null) return null;
    const body = await readFile(this.path(key)).catch(missing);
    return body === null ? null : { file, body };
  }

  async head(key: string): Promise<StoredFile | null> {
    const text = await readFile(`${this.path(key)}.json`, 'utf8').catch(missing);
    return text === null ? null : (JSON.parse(text) as StoredFile);
  }

  async sweep(prefix: string, olderThanMs: number): Promise<number> {
    const before = Date.now() - olderThanMs;
    let removed = 0;
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(missing);
      for (const entry of entries ?? []) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.name.endsWith('.json') || entry.name.endsWith('.tmp')) continue;
        else if ((await stat(path)).mtimeMs < before) {
          await rm(`${path}.json`, { force: true });
          await rm(path, { force: true });
          removed++;
        }
      }
    };
    await walk(this.path(prefix));
    return removed;
  }

  private path(key: string): string {
    // No segment starts with a dot: a key never leaves the store's folder.
    if (!KEY.test(key)) throw new Error(`Not a store key: ${key}`);
    return join(this.root, ...key.split('/'));
  }
}

function missing(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null;
  throw error;
}
