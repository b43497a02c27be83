import { IsOptional } from 'class-validator';

type Constructor<T> = new () => T;

/**
 * A subclass of `Base` in which every listed field is optional: it keeps all of `Base`'s validation
 * rules, and class-validator skips a rule when its field is absent. Used for PATCH bodies, so that
 * create and edit share one set of rules.
 */
export function PartialDto<T extends object, K extends keyof T & string>(
  Base: Constructor<T>,
  fields: readonly K[],
): Constructor<Omit<T, K> & Partial<Pick<T, K>>> {
  class PartialClass extends (Base as Constructor<object>) {}
  for (const field of fields) IsOptional()(PartialClass.prototype, field);
  Object.defineProperty(PartialClass, 'name', { value: `Partial${Base.name}` });
  return PartialClass as Constructor<Omit<T, K> & Partial<Pick<T, K>>>;
}
