import { Matches } from 'class-validator';
import type { EscoReference } from '../model/curriculum';
import { ESCO_OCCUPATION_PATTERN, ESCO_SKILL_PATTERN, LIMITS } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { IsLocalizedText } from './localized-text.validator';
import { msg } from '../model/message';

/** An ESCO skill or knowledge concept, as linked from units and outcomes. */
export class EscoSkillReferenceDto implements EscoReference {
  /** ESCO skill URI, e.g. http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8 */
  @Matches(ESCO_SKILL_PATTERN, { message: msg`uri must be an ESCO skill URI` })
  uri!: string;

  @IsLocalizedText(LIMITS.escoReference.label)
  label!: LocalizedText;
}

/** The ESCO occupation a curriculum trains for. */
export class EscoOccupationReferenceDto implements EscoReference {
  /** ESCO occupation URI, e.g. http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1 */
  @Matches(ESCO_OCCUPATION_PATTERN, { message: msg`uri must be an ESCO occupation URI` })
  uri!: string;

  @IsLocalizedText(LIMITS.escoReference.label)
  label!: LocalizedText;
}
