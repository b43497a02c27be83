import { ValidateIf } from 'class-validator';

type Constructor<T> = new () => T;

/**
 * A subclass of `Base` in which every listed field is optional: it keeps all of `Base`'s validation
 * rules, and class-validator skips them when the field is absent (`undefined`) — but not for `null`,
 * which these required fields never accept. Used for PATCH bodies: create and edit share one set of
 * rules.
 */
export function PartialDto<T extends object, K extends keyof T & string>(
  Base: Constructor<T>,
  fields: readonly K[],
): Constructor<Omit<T, K> & Partial<Pick<T, K>>> {
  class PartialClass extends (Base as Constructor<object>) {}
  for (const field of fields) {
    ValidateIf((object: Record<string, unknown>) => object[field] !== undefined)(
      PartialClass.prototype,
      field,
    );
  }
  Object.defineProperty(PartialClass, 'name', { value: `Partial${Base.name}` });
  return PartialClass as Constructor<Omit<T, K> & Partial<Pick<T, K>>>;
}

/**
 * Like `@IsOptional()`, but only an absent field (`undefined`) skips validation: `null` is checked
 * and refused. For optional fields that have no meaning as null (texts, lists, flags).
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
