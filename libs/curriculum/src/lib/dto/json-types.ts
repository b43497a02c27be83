import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNumber,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { NumberLimit } from '../model/limits';

type DtoClass = new () => object;

/** Applies several property decorators as one. */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** A calendar date, `YYYY-MM-DD`. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsDate = (): PropertyDecorator =>
  Matches(DATE, { message: '$property must be a date (YYYY-MM-DD)' });

/**
 * A nested DTO: an object (not a list, which `@ValidateNested()` alone lets through, nor `null`
 * unless the field is `@IsOptional()`), validated by its class. `@nestjs/swagger`'s plugin takes
 * the schema from the property's type, as before.
 */
export function NestedObject(type: () => DtoClass): PropertyDecorator {
  return all(IsObject(), ValidateNested(), Type(type));
}

/** A list of nested DTOs: a list whose every element is an object, validated by its class. */
export function NestedArray(type: () => DtoClass): PropertyDecorator {
  return all(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
}

/**
 * A number that may arrive as text (a query string has nothing else): a numeric text becomes a
 * number, anything else is left for the validators to refuse. Unlike `@Type(() => Number)`, it does
 * not turn `true` into 1 or `""` into 0.
 */
export function NumberFromQuery(): PropertyDecorator {
  return Transform(
    ({ value }: { value: unknown }) =>
      typeof value === 'string' && value.trim() !== '' ? Number(value) : value,
    { toClassOnly: true },
  );
}

/**
 * A number within one row of the limits table: `@IsInt()` (or `@IsNumber()`), `@Min` and `@Max`
 * from `limit`. The OpenAPI document takes `minimum` and `maximum` from these validators
 * (`infrastructure/web/open-api.ts`).
 */
export function Bounded(limit: NumberLimit): PropertyDecorator {
  return all(limit.integer ? IsInt() : IsNumber(), Min(limit.min), Max(limit.max));
}
