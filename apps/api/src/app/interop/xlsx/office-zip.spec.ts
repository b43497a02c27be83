import { crc32, deflateRawSync } from 'node:zlib';
import { inflateEntry, looksLikeZip, unzip, zipEntries, ZipRejected } from './office-zip';

interface Entry {
  name: string;
  data: Buffer;
  /** Overrides the uncompressed size in both headers. */
  declared?: number;
  crc?: number;
  flags?: number;
  method?: number;
}

/** A zip archive written by hand, so that headers can lie. */
function zip(entries: Entry[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const packed = method === 8 ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.crc ?? crc32(e.data) >>> 0;
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

const LIMITS = { maxBytes: 1024 * 1024, maxEntries: 10 };
const text = (s: string) => Buffer.from(s, 'utf8');
const rejection = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipRejected) return error.message;
    throw error;
  }
  throw new Error('not rejected');
};

describe('office-zip: the zip container read before any library sees it', () => {
  it('reads deflated and stored entries, and a trailing comment', () => {
    const file = zip(
      [
        { name: 'xl/workbook.xml', data: text('<workbook>ä ą ā õ</workbook>') },
        { name: 'mimetype', data: text('stored'), method: 0 },
        { name: 'xl/', data: Buffer.alloc(0), method: 0 },
      ],
      'a comment',
    );
    expect(looksLikeZip(file)).toBe(true);
    const files = unzip(file, LIMITS);
    expect([...files.keys()]).toEqual(['xl/workbook.xml', 'mimetype']);
    expect(files.get('xl/workbook.xml')?.toString('utf8')).toBe('<workbook>ä ą ā õ</workbook>');
    expect(files.get('mimetype')?.toString('utf8')).toBe('stored');
  });

  it('refuses an archive whose declared sizes add up to more than the limit, before inflating', () => {
    // Two entries of 600 KB each: each fits, together they do not.
    const entries = [1, 2].map((i) => ({ name: `f${i}`, data: Buffer.alloc(600 * 1024) }));
    expect(rejection(() => zipEntries(zip(entries), LIMITS))).toMatch(/unpacks to more than 1 MB/);
  });

  it('stops an entry that inflates beyond the size it declares (a lying zip bomb)', () => {
    const file = zip([{ name: 'bomb', data: Buffer.alloc(5 * 1024 * 1024), declared: 100 }]);
    const [entry] = zipEntries(file, LIMITS);
    expect(rejection(() => inflateEntry(file, entry))).toMatch(/more than it declares/);
  });

  it('refuses an entry shorter than declared, a wrong checksum, encryption and unknown methods', () => {
    expect(
      rejection(() => unzip(zip([{ name: 'a', data: text('abc'), declared: 10 }]), LIMITS)),
    ).toMatch(/another size/);
    expect(rejection(() => unzip(zip([{ name: 'a', data: text('abc'), crc: 1 }]), LIMITS))).toMatch(
      /checksum/,
    );
    expect(
      rejection(() => unzip(zip([{ name: 'a', data: text('abc'), flags: 1 }]), LIMITS)),
    ).toMatch(/encrypted/);
    expect(
      rejection(() => unzip(zip([{ name: 'a', data: text('abc'), method: 12 }]), LIMITS)),
    ).toMatch(/compression method \(12\)/);
  });

  it('refuses too many entries, duplicates, a cut-off archive and what is no zip at all', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: text('x') }));
    expect(rejection(() => unzip(zip(many), LIMITS))).toMatch(/11 files inside/);
    const twice = zip([
      { name: 'a', data: text('1') },
      { name: 'a', data: text('2') },
    ]);
    expect(rejection(() => unzip(twice, LIMITS))).toMatch(/holds a twice/);
    const file = zip([{ name: 'a', data: text('abc') }]);
    expect(rejection(() => unzip(file.subarray(0, file.length - 30), LIMITS))).toMatch(
      /not a zip archive|cut off|damaged/,
    );
    expect(rejection(() => unzip(text('just text, no zip'), LIMITS))).toMatch(/not a zip archive/);
    expect(looksLikeZip(text('PK'))).toBe(false);
  });
});
