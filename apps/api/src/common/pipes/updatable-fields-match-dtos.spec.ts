/**
 * `UPDATABLE_FIELDS` (libs/curriculum, model/fields.ts) is the one list of what a PATCH of each
 * part changes: the web editor sends those fields and the CSV layout has their columns. It must
 * name exactly the fields the API's PATCH DTOs validate (but `version`).
 */
import 'reflect-metadata';
import { UPDATABLE_FIELDS } from '@curriculum-builder/curriculum';
import {
  UpdateCurriculumDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
  UpdateWorkBasedLearningDto,
} from '@curriculum-builder/curriculum/dto';
import { getMetadataStorage } from 'class-validator';

const fieldsOf = (dto: new () => object) =>
  [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((rule) => rule.propertyName),
    ),
  ]
    .filter((name) => name !== 'version')
    .sort();

describe('UPDATABLE_FIELDS', () => {
  it.each([
    ['curriculum', UpdateCurriculumDto],
    ['unit', UpdateUnitDto],
    ['outcome', UpdateOutcomeDto],
    ['workBasedLearning', UpdateWorkBasedLearningDto],
  ] as const)('names the fields of the %s PATCH DTO', (part, dto) => {
    expect([...UPDATABLE_FIELDS[part]].sort()).toEqual(fieldsOf(dto));
  });
});
