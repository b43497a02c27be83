import { IsString, Matches, MaxLength } from 'class-validator';
import { LIMITS } from '../model/limits';
import { msg } from '../model/message';

/**
 * `PUT …/translations/:key/:language`: the translation of a text into a language, made from the
 * source version `sourceVersion` (the one the translator saw: 409 when the source changed since).
 * The same text again confirms the translation against its source (a review); an empty one
 * removes it.
 */
export class TranslateTextDto {
  @IsString()
  @MaxLength(LIMITS.curriculum.description.maxLength)
  text!: string;

  @IsString()
  @Matches(/^[0-9a-f]{16}$/, {
    message: msg`sourceVersion must be the 16 hex digits of a source version`,
  })
  sourceVersion!: string;
}
