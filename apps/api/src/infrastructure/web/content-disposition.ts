import { StreamableFile } from '@nestjs/common';
import type { Download } from './cached-representations';

/** An export as the file a controller answers with (type, length and attachment name). */
export function downloadFile(file: Download): StreamableFile {
  return new StreamableFile(file.body, {
    type: file.contentType,
    length: file.body.length,
    disposition: attachment(file.filename),
  });
}

/**
 * `Content-Disposition: attachment` with an ASCII file name for every client and, when the name has
 * other characters, the exact UTF-8 name as RFC 5987/6266 `filename*`.
 */
export function attachment(filename: string): string {
  const ascii =
    filename
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/_+/g, '_')
      .replace(/^[._]+/, '') || 'export.pdf';
  if (ascii === filename) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
