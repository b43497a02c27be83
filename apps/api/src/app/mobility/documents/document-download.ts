import { msg } from '@curriculum-builder/curriculum';
import { InvalidInputError } from '../../../common/errors/domain.errors';
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
