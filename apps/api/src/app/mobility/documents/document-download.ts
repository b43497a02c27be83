import { msg } from '@curriculum-builder/curriculum';
import type { StreamableFile } from '@nestjs/common';
import { InvalidInputError } from '../../../common/errors/domain.errors';
import { pdfBuffer } from '../../../infrastructure/pdf/pdf-document';
import { downloadFile } from '../../../infrastructure/web/content-disposition';
import { representation } from '../../../infrastructure/web/cached-representations';
import { MOBILITY_LABELS } from './mobility-labels';

/** The languages the mobility documents are written in. */
export const DOCUMENT_LANGUAGES = Object.keys(MOBILITY_LABELS);

/** `?lang=` of a document: one of the five (default English); 400 otherwise. */
export function documentLanguage(lang: string | undefined): string {
  const language = lang ?? 'en';
  if (!DOCUMENT_LANGUAGES.includes(language)) {
    throw new InvalidInputError([
      { path: 'lang', message: msg`must be one of ${DOCUMENT_LANGUAGES.join(', ')}` },
    ]);
  }
  return language;
}

/** A rendered PDF as the attachment `filename`. */
export async function pdfDownload(
  doc: PDFKit.PDFDocument,
  filename: string,
): Promise<StreamableFile> {
  return downloadFile({ ...representation(await pdfBuffer(doc), 'application/pdf'), filename });
}
