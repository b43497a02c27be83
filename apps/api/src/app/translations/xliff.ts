import type { LanguageCode } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';

/** One unit of an XLIFF file: a text by key, with its source, its target and a note for context. */
export interface XliffUnit {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly note?: string;
}

/** An XLIFF 2.0 document: one source and one target language, units grouped in files. */
export interface XliffDocument {
  readonly sourceLanguage: LanguageCode;
  readonly targetLanguage: LanguageCode;
  /** Units by file id (an XML NMTOKEN), in order. */
  readonly files: ReadonlyMap<string, readonly XliffUnit[]>;
}

const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * The document as XLIFF 2.0, written by the `xliff` library (locize/xliff). Units may not be split
 * into segments by the translation tool (`canResegment="no"`): a text comes back as one target.
 */
export async function writeXliff(document: XliffDocument): Promise<string> {
  const resources: Record<string, Record<string, object>> = {};
  for (const [file, units] of document.files) {
    resources[file] = Object.fromEntries(
      units.map((unit) => [
        unit.key,
        {
          source: unit.source,
          target: unit.target,
          ...(unit.note === undefined ? {} : { note: unit.note }),
          additionalAttributes: { canResegment: 'no' },
        },
      ]),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await js2xliff({
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    resources,
  })}\n`;
}

/** Why an XLIFF file cannot be read (422 with this message). */
export class XliffError extends Error {}

/** A text as XML means it: line ends as `\n` (XML 1.0, 2.11), CDATA sections joined. */
function plain(value: unknown): string {
  const text = Array.isArray(value)
    ? value.map((part) => (typeof part === 'string' ? part : '')).join('')
    : typeof value === 'string'
      ? value
      : '';
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Reads an XLIFF 2.0 document with the `xliff` library. Refuses what is not one, a document type
 * declaration (no entities are expanded), and units split into several segments (their sentences
 * would be lost).
 */
export async function readXliff(xml: string): Promise<XliffDocument> {
  if (!xml.includes(XLIFF_2)) throw new XliffError(msg`the file is not an XLIFF 2.0 document`);
  if (/<!DOCTYPE/i.test(xml))
    throw new XliffError(msg`a document type declaration is not accepted`);
  // The parser takes a file cut short as far as it goes: a whole document ends its root element.
  if (!/<\/(?:\w+:)?xliff>\s*$/.test(xml))
    throw new XliffError(msg`the file ends before its xliff element does (cut short?)`);
  let parsed: {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<
      string,
      Record<string, { source?: unknown; target?: unknown; note?: unknown }>
    >;
  };
  try {
    parsed = await xliff2js(xml);
  } catch (error) {
    throw new XliffError(
      msg`the file is not well-formed XML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (parsed.resources === undefined || typeof parsed.sourceLanguage !== 'string')
    throw new XliffError(msg`the file has no xliff element with srcLang`);
  if (typeof parsed.targetLanguage !== 'string')
    throw new XliffError(msg`the xliff element has no trgLang`);
  const files = new Map<string, XliffUnit[]>();
  let units = 0;
  for (const [file, entries] of Object.entries(parsed.resources)) {
    files.set(
      file,
      Object.entries(entries).map(([key, unit]) => {
        units++;
        return { key, source: plain(unit.source), target: plain(unit.target) };
      }),
    );
  }
  const segments = xml.match(/<segment[\s>/]/g)?.length ?? 0;
  if (segments > units)
    throw new XliffError(
      msg`the file has ${segments} segments in ${units} units: join the segments of each unit into one`,
    );
  return { sourceLanguage: parsed.sourceLanguage, targetLanguage: parsed.targetLanguage, files };
}
