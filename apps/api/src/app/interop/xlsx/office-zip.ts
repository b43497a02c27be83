import { msg } from '@curriculum-builder/curriculum';
import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The zip container of Office Open XML files (.xlsx, .docx), read defensively before any library
 * sees it (OWASP: "zip bomb", ASVS 5.0 V5.2.3): the central directory is parsed first, and the
 * archive is refused when it declares more than `maxBytes` uncompressed in total or more than
 * `maxEntries` entries, before a single byte is inflated. Each entry is then inflated with the size
 * it declares as a hard limit (`maxOutputLength`), so an entry that lies about its size stops at
 * that size instead of filling the memory, and its CRC-32 is checked. An archive that passed is
 * therefore honest: whatever reads it afterwards (exceljs) inflates no more than `maxBytes`.
 *
 * Refused as well: encrypted entries, ZIP64 and multi-disk archives, compression methods other than
 * stored and deflate (Office never writes them). Written here, without a dependency, because the
 * size checks must come before inflating and the zip readers at hand (jszip, unzipper) inflate
 * whatever the headers say.
 */

/** Why the archive cannot be read; the message is for the person who sent the file. */
export class ZipRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRejected';
  }
}

export interface ZipLimits {
  /** Uncompressed bytes of all entries together. */
  readonly maxBytes: number;
  readonly maxEntries: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the central directory declares. */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Whether the bytes start like a zip archive (a local file header). */
export function looksLikeZip(file: Buffer): boolean {
  return file.length >= 4 && file.readUInt32LE(0) === LOCAL;
}

/** The entries of the central directory, checked against the limits; nothing is inflated. */
export function zipEntries(file: Buffer, limits: ZipLimits): ZipEntry[] {
  const end = findEndOfCentralDirectory(file);
  const disk = file.readUInt16LE(end + 4);
  const cdDisk = file.readUInt16LE(end + 6);
  const count = file.readUInt16LE(end + 10);
  const cdSize = file.readUInt32LE(end + 12);
  const cdOffset = file.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0) throw new ZipRejected(msg`is a multi-part zip archive`);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ZipRejected(msg`is a ZIP64 archive, far larger than any curriculum`);
  }
  if (count > limits.maxEntries) {
    throw new ZipRejected(msg`has ${count} files inside; at most ${limits.maxEntries} are read`);
  }
  if (cdOffset + cdSize > end) throw new ZipRejected(msg`is a damaged zip archive`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || file.readUInt32LE(at) !== CENTRAL) {
      throw new ZipRejected(msg`is a damaged zip archive (central directory)`);
    }
    const flags = file.readUInt16LE(at + 8);
    const nameLength = file.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (next > end) throw new ZipRejected(msg`is a damaged zip archive (central directory)`);
    const entry: ZipEntry = {
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      method: file.readUInt16LE(at + 10),
      crc: file.readUInt32LE(at + 16),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      localOffset: file.readUInt32LE(at + 42),
    };
    if (flags & 0x1) throw new ZipRejected(msg`is encrypted (saved with a password)`);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw new ZipRejected(msg`is a ZIP64 archive, far larger than any curriculum`);
    }
    if (entry.method !== STORED && entry.method !== DEFLATE) {
      throw new ZipRejected(msg`uses a compression method (${entry.method}) Office does not write`);
    }
    total += entry.size;
    if (total > limits.maxBytes) {
      throw new ZipRejected(
        msg`unpacks to more than ${megabytes(limits.maxBytes)}; a curriculum is far smaller (zip bomb?)`,
      );
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** The uncompressed bytes of one entry, never more than it declares; its CRC-32 checked. */
export function inflateEntry(file: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) {
    throw new ZipRejected(msg`is a damaged zip archive (${entry.name})`);
  }
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  if (start + entry.compressedSize > file.length) {
    throw new ZipRejected(msg`is a damaged zip archive (${entry.name} is cut off)`);
  }
  const packed = file.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === STORED) {
    data = packed;
  } else {
    try {
      // One byte more than declared: an entry that inflates further is caught below.
      data = inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRejected(
          msg`holds ${entry.name}, which unpacks to more than it declares (zip bomb?)`,
        );
      }
      throw new ZipRejected(msg`is a damaged zip archive (${entry.name} cannot be inflated)`);
    }
  }
  if (data.length !== entry.size) {
    throw new ZipRejected(msg`holds ${entry.name}, which unpacks to another size than it declares`);
  }
  if (crc32(data) >>> 0 !== entry.crc) {
    throw new ZipRejected(msg`is a damaged zip archive (${entry.name} fails its checksum)`);
  }
  return data;
}

/** Every entry inflated (after `zipEntries` checked the declared sizes), by name. */
export function unzip(file: Buffer, limits: ZipLimits): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of zipEntries(file, limits)) {
    if (entry.name.endsWith('/')) continue;
    if (files.has(entry.name)) throw new ZipRejected(msg`holds ${entry.name} twice`);
    files.set(entry.name, inflateEntry(file, entry));
  }
  return files;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows. */
function findEndOfCentralDirectory(file: Buffer): number {
  const earliest = Math.max(0, file.length - 22 - 0xffff);
  for (let at = file.length - 22; at >= earliest; at--) {
    if (file.readUInt32LE(at) === EOCD && at + 22 + file.readUInt16LE(at + 20) <= file.length) {
      return at;
    }
  }
  throw new ZipRejected(msg`is not a zip archive, or it is cut off`);
}
