/**
 * The importers' content validator (`contentProblems`) and the REST API's request DTOs apply the
 * same limits: for any content, the validator accepts it exactly when the API's validation pipe
 * accepts the requests that would build it (create the curriculum, its units, outcomes and periods),
 * and both name the same fields when they refuse. Values are drawn at, inside and just outside every
 * limit of the table, so a limit changed in one place only fails here.
 */
import 'reflect-metadata';
import {
  contentProblems,
  LIMITS,
  PROGRAMME_FORMS,
  type ContentOutcome,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type EscoReference,
  type LocalizedText,
  type NumberLimit,
  type ProgrammeForm,
  type TextLimit,
} from '@curriculum-builder/curriculum';
import {
  CreateCurriculumDto,
  CreateOutcomeDto,
  CreateUnitDto,
  CreateWorkBasedLearningDto,
} from '@curriculum-builder/curriculum/dto';
import { BadRequestException } from '@nestjs/common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { createValidationPipe } from './validation.pipe';

type Constructor = new () => object;

const SKILL = 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

/** Mostly valid values, sometimes one just outside the limit (so most contents are accepted). */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: invalid });

function number(limit: NumberLimit): fc.Arbitrary<number> {
  const inside = limit.integer
    ? fc.integer({ min: limit.min, max: Math.min(limit.max, limit.min + 1000) })
    : fc.double({ min: limit.min, max: limit.max, noNaN: true });
  const edges = fc.constantFrom(limit.min, limit.max);
  const outside = fc.constantFrom(
    limit.min - 1,
    limit.max + 1,
    ...(limit.integer ? [limit.min + 0.5] : [limit.max + 0.001]),
  );
  return mostly(fc.oneof(inside, edges), outside);
}

function text(limit: TextLimit): fc.Arbitrary<LocalizedText> {
  const valid = fc.oneof(
    fc.constant({ en: 'Turning', de: 'Drehen' }),
    fc.constant({ lt: 'Tekinimas', lv: 'Virpošana', et: 'Treimine' }),
    fc.constant({ de: 'x'.repeat(limit.maxLength) }),
    ...(limit.required ? [] : [fc.constant({}), fc.constant({ en: '' })]),
  );
  const invalid = fc.constantFrom<LocalizedText>(
    { en: 'x'.repeat(limit.maxLength + 1) },
    { EN: 'Turning' },
    ...(limit.required ? [{}, { en: '  ' }] : []),
  );
  return mostly(valid, invalid);
}

const code = mostly(
  fc.constantFrom('M1', 'CNC-2.1', 'U 3/a', 'x'.repeat(50)),
  fc.constantFrom('', '-M1', 'M1;2', 'x'.repeat(51)),
);
const language = mostly(fc.constantFrom('de', 'en', 'lt', 'pt-BR'), fc.constantFrom('EN', 'x'));
const esco = (uri: string): fc.Arbitrary<EscoReference> =>
  fc.record({
    uri: mostly(fc.constant(uri), fc.constantFrom(uri === SKILL ? OCCUPATION : SKILL, 'http://x')),
    label: text(LIMITS.escoReference.label),
  });
/** Up to 3 items, or sometimes one more than the limit allows (or none where one is needed). */
const list = <T>(item: fc.Arbitrary<T>, max: number, min = 0): fc.Arbitrary<T[]> =>
  mostly(
    fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(max, 3)) }),
    fc.oneof(
      fc.array(item, { minLength: max + 1, maxLength: max + 1 }),
      ...(min > 0 ? [fc.constant<T[]>([])] : []),
    ),
  );

const U = LIMITS.unit;
const outcome: fc.Arbitrary<ContentOutcome> = fc.record(
  {
    category: mostly(
      fc.constantFrom('knowledge', 'skill', 'responsibility-autonomy'),
      fc.constant('competence'),
    ) as fc.Arbitrary<ContentOutcome['category']>,
    text: text(LIMITS.outcome.text),
    escoSkill: esco(SKILL),
  },
  { requiredKeys: ['category', 'text'] },
);
const unit: fc.Arbitrary<ContentUnit> = fc.record({
  code,
  title: text(U.title),
  description: text(U.description),
  eqfLevel: number(U.eqfLevel),
  ecvetPoints: number(U.ecvetPoints),
  mandatory: fc.boolean(),
  electiveGroup: fc.option(code, { nil: null }),
  year: number(U.year),
  term: fc.option(number(U.term), { nil: null }),
  areas: list(
    mostly(
      fc.constantFrom('digital-production', 'digital-work'),
      fc.constant('robotics'),
    ) as fc.Arbitrary<ContentUnit['areas'][number]>,
    U.areas.max,
  ),
  escoSkills: list(esco(SKILL), U.escoSkills.max),
  prerequisiteCodes: list(fc.constant('M1'), U.prerequisites.max),
  assessment: fc.record({
    methods: list(
      mostly(fc.constantFrom('project', 'portfolio'), fc.constant('exam')) as fc.Arbitrary<
        ContentUnit['assessment']['methods'][number]
      >,
      U.methods.max,
    ),
    criteria: text(U.assessmentCriteria),
  }),
  outcomes: fc.array(outcome, { maxLength: 2 }),
});
const W = LIMITS.workBasedLearning;
const period: fc.Arbitrary<ContentWorkBasedLearning> = fc.record({
  title: text(W.title),
  year: number(W.year),
  term: fc.option(number(W.term), { nil: null }),
  durationHours: number(W.durationHours),
  companyProfile: text(W.companyProfile),
  mentorRole: text(W.mentorRole),
  unitCodes: list(fc.constant('M1'), W.units.max),
  outcomeRefs: list(fc.constant({ unitCode: 'M1', index: 0 }), W.outcomes.max),
  assessment: text(W.assessment),
});
const C = LIMITS.curriculum;
const content: fc.Arbitrary<CurriculumContent> = fc.record({
  code,
  title: text(C.title),
  description: text(C.description),
  eqfLevel: number(C.eqfLevel),
  nqfLevel: fc.option(number(C.nqfLevel), { nil: null }),
  iscedFCode: mostly(fc.constantFrom('', '0715', '07'), fc.constantFrom('7', '07155', 'x')),
  occupation: fc.option(esco(OCCUPATION), { nil: null }),
  durationMonths: number(C.durationMonths),
  referenceDurationMonths: number(C.referenceDurationMonths),
  programmeForm: mostly(
    fc.constantFrom(...PROGRAMME_FORMS),
    fc.constantFrom('evening', '') as unknown as fc.Arbitrary<ProgrammeForm>,
  ),
  intensity: number(C.intensity),
  fullTime: fc.boolean(),
  ecvetPoints: number(C.ecvetPoints),
  primaryLanguage: language,
  languages: list(language, C.languages.max, C.languages.min),
  electiveGroups: list(
    fc.record({
      code,
      title: text(LIMITS.electiveGroup.title),
      pointsRequired: number(LIMITS.electiveGroup.pointsRequired),
    }),
    C.electiveGroups.max,
  ),
  thresholds: fc.record({
    pointsPerYear: number(LIMITS.thresholds.pointsPerYear),
    yearLoadTolerance: number(LIMITS.thresholds.yearLoadTolerance),
    hoursPerYear: number(LIMITS.thresholds.hoursPerYear),
    minWblShare: number(LIMITS.thresholds.minWblShare),
  }),
  units: fc.array(unit, { maxLength: 2 }),
  workBasedLearning: fc.array(period, { maxLength: 2 }),
});

const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

/** The requests that would build `content` through the API, each with where its fields belong. */
function requests(c: CurriculumContent): { at: string; dto: Constructor; body: object }[] {
  const { units, workBasedLearning, iscedFCode, nqfLevel, ...curriculum } = c;
  return [
    {
      at: '',
      dto: CreateCurriculumDto,
      body: {
        ...curriculum,
        ...(iscedFCode === '' ? {} : { iscedFCode }),
        ...(nqfLevel === null ? {} : { nqfLevel }),
      },
    },
    ...units.flatMap((u, i) => {
      const { outcomes, prerequisiteCodes, ...fields } = u;
      return [
        {
          at: `units[${i}].`,
          dto: CreateUnitDto,
          body: { ...fields, prerequisites: ids(prerequisiteCodes.length) },
        },
        ...outcomes.map((o, k) => ({
          at: `units[${i}].outcomes[${k}].`,
          dto: CreateOutcomeDto,
          body: o,
        })),
      ];
    }),
    ...workBasedLearning.map((w, i) => {
      const { unitCodes, outcomeRefs, ...fields } = w;
      return {
        at: `workBasedLearning[${i}].`,
        dto: CreateWorkBasedLearningDto,
        body: { ...fields, unitIds: ids(unitCodes.length), outcomeIds: ids(outcomeRefs.length) },
      };
    }),
  ];
}

/** Request fields named otherwise in the content (ids there, codes here). */
const CONTENT_NAME: Readonly<Record<string, string>> = {
  prerequisites: 'prerequisiteCodes',
  unitIds: 'unitCodes',
  outcomeIds: 'outcomeRefs',
};

/** A path cut to the record and its top-level field: `units[0].assessment.criteria` → `units[0].assessment`. */
function field(path: string): string {
  const match =
    /^((?:units\[\d+\]\.(?:outcomes\[\d+\]\.)?)|(?:workBasedLearning|electiveGroups)\[\d+\]\.)?([A-Za-z]+)/.exec(
      path,
    );
  if (match === null) return path;
  return `${match[1] ?? ''}${CONTENT_NAME[match[2]] ?? match[2]}`;
}

async function refusedByApi(c: CurriculumContent): Promise<string[]> {
  const refused = new Set<string>();
  for (const { at, dto, body } of requests(c)) {
    try {
      await createValidationPipe().transform(structuredClone(body), {
        type: 'body',
        metatype: dto,
      });
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const { errors } = error.getResponse() as { errors: { path: string }[] };
      for (const e of errors) refused.add(field(`${at}${e.path}`));
    }
  }
  return [...refused].sort();
}

const refusedByValidator = (c: CurriculumContent) =>
  [...new Set(contentProblems(c).map((p) => field(p.path)))].sort();

describe('the content validator and the REST API apply the same limits', () => {
  it('accept the same contents and refuse the same fields', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        const api = await refusedByApi(c);
        expect(refusedByValidator(c)).toEqual(api);
        if (api.length === 0) accepted++;
      }),
      { numRuns: 400, seed: 20261203 },
    );
    // Both directions are exercised: some contents pass, most break at least one limit.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(390);
  });
});
