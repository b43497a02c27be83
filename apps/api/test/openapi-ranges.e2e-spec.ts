import { LIMITS, type NumberLimit } from '@curriculum-builder/curriculum';
import request from 'supertest';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * The DTOs take their number ranges from the limits table with `@Bounded(limit)`, which the
 * swagger plugin does not read; `withRanges` (infrastructure/web/open-api.ts) writes them into the
 * OpenAPI document from the validators, so clients and the fuzz test still see every range.
 */
describe(`number ranges in the OpenAPI document (${testDatabase()})`, () => {
  let t: TestApp;
  let schemas: Record<
    string,
    { properties: Record<string, { minimum?: number; maximum?: number }> }
  >;

  beforeAll(async () => {
    t = await startTestApp();
    schemas = (await request(t.server).get('/api/docs-json').expect(200)).body.components.schemas;
  });

  afterAll(async () => {
    await t?.close();
  });

  const cases: [string, string, NumberLimit][] = [
    ['CreateCurriculumDto', 'ecvetPoints', LIMITS.curriculum.ecvetPoints],
    ['UpdateCurriculumDto', 'durationMonths', LIMITS.curriculum.durationMonths],
    ['RuleThresholdsDto', 'hoursPerYear', LIMITS.thresholds.hoursPerYear],
    ['RuleThresholdsDto', 'minWblShare', LIMITS.thresholds.minWblShare],
    ['ElectiveGroupDto', 'pointsRequired', LIMITS.electiveGroup.pointsRequired],
    ['CreateUnitDto', 'term', LIMITS.unit.term],
    ['UpdateUnitDto', 'year', LIMITS.unit.year],
    ['CreateWorkBasedLearningDto', 'durationHours', LIMITS.workBasedLearning.durationHours],
    ['UpdateOutcomeDto', 'version', LIMITS.version],
  ];

  it.each(cases)('%s.%s has the range of its limit', (schema, field, limit) => {
    expect(schemas[schema].properties[field]).toMatchObject({
      minimum: limit.min,
      maximum: limit.max,
    });
  });
});
