import { ValidationOptions, registerDecorator } from 'class-validator';
import { localizedTextProblem, type TextLimit } from '../model/limits';

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
