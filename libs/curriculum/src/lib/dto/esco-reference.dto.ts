import { Matches } from 'class-validator';
import type { EscoReference } from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import { IsLocalizedText } from './localized-text.validator';

/** ESCO URIs: `http://data.europa.eu/esco/<occupation|skill>/<uuid>`. */
export const ESCO_URI =
  /^http:\/\/data\.europa\.eu\/esco\/(occupation|skill)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class EscoReferenceDto implements EscoReference {
  /** ESCO concept URI, e.g. http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8 */
  @Matches(ESCO_URI, { message: 'uri must be an ESCO occupation or skill URI' })
  uri!: string;

  @IsLocalizedText({ maxLength: 300, required: true })
  label!: LocalizedText;
}
