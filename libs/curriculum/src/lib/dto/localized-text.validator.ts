import { ValidationOptions, registerDecorator } from 'class-validator';
import { LANGUAGE_PATTERN, localizedTextProblem, type TextLimit } from '../model/limits';

/** BCP 47 language tag as used for content (`LANGUAGE_PATTERN` of the limits table). */
export const LANGUAGE_CODE = LANGUAGE_PATTERN;

/** Validates a `LocalizedText` object against one row of the limits table (`LIMITS`). */
export function IsLocalizedText(limit: TextLimit, validationOptions?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => localizedTextProblem(value, limit) === null,
        defaultMessage: (args) => `${args?.property} ${localizedTextProblem(args?.value, limit)}`,
      },
    });
  };
}
