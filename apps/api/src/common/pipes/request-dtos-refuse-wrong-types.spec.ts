/**
 * Every field of every request DTO refuses every JSON type it does not declare, with an error whose
 * path names the field — through the API's own validation pipe (plainToInstance + validate with the
 * pipe's options). Nothing here lists fields: the DTO classes are found by their exports and file
 * names, each field's JSON type is read from class-validator's metadata, so a new field (say a nested
 * one with `@ValidateNested()` but no object check, which let `unit.assessment: []` through and broke
 * the exports with a 500) fails here the day it is added.
 */
import 'reflect-metadata';
import * as sharedDtos from '@curriculum-builder/curriculum/dto';
import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { getMetadataStorage, ValidateNested } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createValidationPipe } from './validation.pipe';

type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
const ALL_KINDS: readonly JsonKind[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

type Constructor = new () => object;

const storage = getMetadataStorage();
/** class-validator's record of one decorator on one field (not exported by its entry point). */
type ValidationMetadata = ReturnType<typeof storage.getTargetValidationMetadatas>[number];

function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonKind;
}

/**
 * The JSON kinds each validator lets through, by the name class-validator registers it under. A
 * validator missing here fails the test (teach it the kinds rather than skipping the field).
 */
const KINDS_BY_VALIDATOR: Record<string, (m: ValidationMetadata) => readonly JsonKind[]> = {
  isString: () => ['string'],
  matches: () => ['string'],
  isEmail: () => ['string'],
  isUuid: () => ['string'],
  isLength: () => ['string'],
  minLength: () => ['string'],
  maxLength: () => ['string'],
  isInt: () => ['number'],
  isNumber: () => ['number'],
  min: () => ['number'],
  max: () => ['number'],
  isBoolean: () => ['boolean'],
  isObject: () => ['object'],
  isLocalizedText: () => ['object'],
  isArray: () => ['array'],
  arrayMinSize: () => ['array'],
  arrayMaxSize: () => ['array'],
  isIn: (m) => [...new Set((m.constraints[0] as unknown[]).map(kindOf))],
};

/** What a field accepts, as declared by its decorators. */
interface FieldKinds {
  readonly kinds: ReadonlySet<JsonKind>;
  /** For lists: what each element accepts (absent when the elements are not constrained). */
  readonly elements?: ReadonlySet<JsonKind>;
}

function validatorName(m: ValidationMetadata): string {
  return m.name ?? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? '?';
}

function intersect(sets: readonly (readonly JsonKind[])[]): Set<JsonKind> {
  return new Set(ALL_KINDS.filter((kind) => sets.every((set) => set.includes(kind))));
}

/** The kinds one field accepts, from its validation metadata (throws on what it cannot read). */
function fieldKinds(
  target: Constructor,
  field: string,
  metadata: ValidationMetadata[],
): FieldKinds {
  const own: (readonly JsonKind[])[] = [];
  const each: (readonly JsonKind[])[] = [];
  for (const m of metadata) {
    if (m.type === 'nestedValidation') {
      // A nested DTO is an object; with `each`, a list of them.
      (m.each ? each : own).push(['object']);
      if (m.each) own.push(['array']);
    } else if (m.type === 'customValidation') {
      const kinds = KINDS_BY_VALIDATOR[validatorName(m)];
      if (kinds === undefined) {
        throw new Error(
          `${target.name}.${field}: teach this test the JSON kinds of "${validatorName(m)}"`,
        );
      }
      (m.each ? each : own).push(kinds(m));
    }
  }
  if (own.length === 0 && each.length === 0) {
    throw new Error(`${target.name}.${field} declares no JSON type`);
  }
  // `each` rules apply to the value itself when it is not a list.
  const elements = each.length > 0 ? intersect(each) : undefined;
  const kinds = own.length > 0 ? intersect(own) : new Set<JsonKind>([...(elements ?? []), 'array']);
  if (kinds.size === 0) throw new Error(`${target.name}.${field} accepts no JSON type at all`);
  // `@IsOptional()` (or any condition) that skips validation of `null` lets `null` through.
  const withNull = { [field]: null };
  const conditions = metadata.filter((m) => m.type === 'conditionalValidation');
  if (
    conditions.some(
      (m) => !(m.constraints[0] as (o: object, v: unknown) => boolean)(withNull, null),
    )
  ) {
    kinds.add('null');
  }
  return { kinds, elements };
}

/** One sample of each JSON kind; lists also as the shapes that slipped through before. */
const SAMPLES: readonly unknown[] = ['x', 7, true, null, {}, [], [[]], [{}], ['x']];
const ELEMENT_SAMPLES: readonly unknown[] = ['x', 7, true, null, {}, []];

/** Request DTO classes: exported classes with class-validator metadata. */
function dtoClasses(exports: Record<string, unknown>): Constructor[] {
  return Object.values(exports).filter(
    (value): value is Constructor =>
      typeof value === 'function' &&
      storage.getTargetValidationMetadatas(value, '', true, false).length > 0,
  );
}

/** The API's own DTO files, named as the OpenAPI plugin expects them (`*.dto.ts`, `*.query.ts`). */
function apiDtoClasses(): Constructor[] {
  const root = join(__dirname, '../../app');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(dto|query)\.ts$/.test(file))
    .flatMap((file) => dtoClasses(jest.requireActual<Record<string, unknown>>(join(root, file))));
}

const DTOS = [...new Set([...dtoClasses(sharedDtos), ...apiDtoClasses()])];

/** The field errors the pipe answers a body with (none when it is accepted). */
async function fieldErrors(target: Constructor, body: object): Promise<{ path: string }[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: target });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { errors: { path: string }[] }).errors;
  }
}

/** `field: value` for every wrong JSON type that a field of `target` lets through. */
async function wrongTypesAccepted(target: Constructor): Promise<string[]> {
  const byField = storage.groupByPropertyName(
    storage.getTargetValidationMetadatas(target, '', true, false),
  );
  const accepted: string[] = [];
  for (const [field, metadata] of Object.entries(byField)) {
    const { kinds, elements } = fieldKinds(target, field, metadata);
    const wrong: { value: unknown; paths: string[] }[] = SAMPLES.filter(
      (value) => !kinds.has(kindOf(value)),
    ).map((value) => ({ value, paths: [field] }));
    if (kinds.has('array') && elements !== undefined) {
      for (const element of ELEMENT_SAMPLES.filter((value) => !elements.has(kindOf(value)))) {
        wrong.push({ value: [element], paths: [field, `${field}[0]`] });
      }
    }
    for (const { value, paths } of wrong) {
      const errors = await fieldErrors(target, { [field]: value });
      if (!errors.some((error) => paths.includes(error.path))) {
        accepted.push(`${field}: ${JSON.stringify(value)}`);
      }
    }
  }
  return accepted;
}

describe('request DTOs refuse every JSON type a field does not declare', () => {
  it('finds the DTOs of the contract and of the API', () => {
    const names = DTOS.map((dto) => dto.name);
    expect(names).toEqual(
      expect.arrayContaining(['CreateUnitDto', 'UpdateCurriculumDto', 'ListCurriculaQuery']),
    );
    expect(names.length).toBeGreaterThan(20);
  });

  it.each(DTOS.map((dto) => [dto.name, dto] as const))('%s', async (_name, target) => {
    // Each entry is a wrong JSON type that a field let through.
    expect(await wrongTypesAccepted(target)).toEqual([]);
  });

  it('would catch a nested field without an object check (this test can fail)', async () => {
    class Loose {
      @ValidateNested()
      @Type(() => sharedDtos.EscoSkillReferenceDto)
      skill!: sharedDtos.EscoSkillReferenceDto;

      @ValidateNested({ each: true })
      @Type(() => sharedDtos.EscoSkillReferenceDto)
      skills!: sharedDtos.EscoSkillReferenceDto[];
    }
    expect(await wrongTypesAccepted(Loose)).toEqual(
      expect.arrayContaining(['skill: []', 'skill: [{}]', 'skills: {}', 'skills: [[]]']),
    );
  });

  it('still takes numbers of a query string as text, and nothing else', async () => {
    const pipe = createValidationPipe();
    const query = (version: unknown) =>
      pipe.transform({ version }, { type: 'query', metatype: sharedDtos.VersionDto });
    await expect(query('3')).resolves.toEqual({ version: 3 });
    for (const wrong of [true, '', ' ', 'x', [3], ['3']])
      await expect(query(wrong)).rejects.toThrow();
  });
});
