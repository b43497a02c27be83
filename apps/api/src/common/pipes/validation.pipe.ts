import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@curriculum-builder/curriculum';

/** Flattens class-validator's nested errors into `{ path: "units[2].ecvetPoints", message }` items. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent === ''
        ? error.property
        : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

/** The global pipe: strips nothing silently, rejects unknown fields, converts types, names the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = toFieldErrors(errors);
      return new BadRequestException({
        message: fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ') || 'Invalid input',
        errors: fieldErrors,
      });
    },
  });
}
