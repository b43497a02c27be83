import {
  ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { msg, type FieldError } from '@curriculum-builder/curriculum';
import { fieldErrorsText } from '../errors/domain.errors';

/**
 * How deeply a request body may nest objects and arrays. The deepest body of the API (a CASE
 * package) has about 6 levels; without a limit, a body such as `[[[[…]]]]` 5,000 levels deep
 * overflows the stack of the recursive transformation and validation (a 500).
 */
export const MAX_BODY_DEPTH = 64;

/** What a request value holds that the API refuses, each as the path of the first occurrence. */
interface Hazards {
  /** A value nested deeper than the limit (the walk stops there). */
  readonly tooDeep: string | null;
  /** A text with a NUL character (U+0000). */
  readonly nul: string | null;
  /**
   * A text that is not well-formed Unicode: a lone UTF-16 surrogate (`"\udbc1"` in JSON). The
   * databases would store a replacement character instead, and the e-mail check threw on it (500).
   */
  readonly loneSurrogate: string | null;
  /**
   * A key named like a member of `Object.prototype` (`constructor`, `toString`, `__proto__` …): no
   * field of the API is, and class-transformer would read the inherited member instead of refusing
   * the unknown field.
   */
  readonly prototypeKey: string | null;
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Walks a JSON-like input once, depth first and without recursion, for both hazards. */
function hazards(input: unknown, limit = MAX_BODY_DEPTH): Hazards {
  let nul: string | null = null;
  let loneSurrogate: string | null = null;
  let prototypeKey: string | null = null;
  const stack = [{ value: input, depth: 0, path: '' }];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    const { value, depth, path } = current;
    if (typeof value === 'string') {
      if (nul === null && value.includes('\u0000')) nul = path;
      if (loneSurrogate === null && LONE_SURROGATE.test(value)) loneSurrogate = path;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return { tooDeep: path, nul, loneSurrogate, prototypeKey };
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value)
        ? `${path}[${key}]`
        : path === ''
          ? key
          : `${path}.${key}`;
      if (prototypeKey === null && !Array.isArray(value) && PROTOTYPE_KEYS.has(key)) {
        prototypeKey = childPath;
      }
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
  return { tooDeep: null, nul, loneSurrogate, prototypeKey };
}

/** The path of the first value nested deeper than `limit`, or `null`. */
export function tooDeep(value: unknown, limit = MAX_BODY_DEPTH): string | null {
  return hazards(value, limit).tooDeep;
}

/**
 * The path of the first text with a NUL character (U+0000), or `null`. PostgreSQL cannot store NUL
 * in text columns (it answered 500), SQLite would; no text of the API has a use for it.
 */
export function nulCharacterAt(value: unknown): string | null {
  return hazards(value).nul;
}

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

/**
 * Refuses bodies nested too deeply before anything walks them recursively, and NUL characters and
 * lone surrogates in JSON bodies and query strings (a CSV body is a single text: its importer reports its problems).
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query') {
      return super.transform(value, metadata);
    }
    const found = hazards(value);
    if (metadata.type === 'body' && found.tooDeep !== null) {
      const message = msg`nested more than ${MAX_BODY_DEPTH} levels deep`;
      throw new BadRequestException({
        message: msg`The request body is nested more than ${MAX_BODY_DEPTH} levels deep`,
        errors: [{ path: found.tooDeep.slice(0, 200), message }],
      });
    }
    if (found.prototypeKey !== null) {
      const path = found.prototypeKey.slice(0, 200);
      const message = msg`property ${path} should not exist`;
      throw new BadRequestException({ message, errors: [{ path, message }] });
    }
    if (metadata.type === 'query' || typeof value === 'object') {
      const field = (path: string) => path.slice(0, 200) || (metadata.data ?? metadata.type);
      if (found.nul !== null) {
        const path = field(found.nul);
        const message = msg`${path} must not contain NUL characters (U+0000)`;
        throw new BadRequestException({ message, errors: [{ path, message }] });
      }
      if (found.loneSurrogate !== null) {
        const path = field(found.loneSurrogate);
        const message = msg`${path} must be well-formed Unicode text (a lone surrogate was sent)`;
        throw new BadRequestException({ message, errors: [{ path, message }] });
      }
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: strips nothing silently, rejects unknown fields, converts types, names the field. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = toFieldErrors(errors);
      return new BadRequestException({
        message: fieldErrorsText(fieldErrors) || msg`Invalid input`,
        errors: fieldErrors,
      });
    },
  });
}
