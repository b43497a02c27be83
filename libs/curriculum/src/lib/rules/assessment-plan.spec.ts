import type { AssessmentPart } from '../model/curriculum';
import { checkAssessmentPlan } from './assessment-plan';
import { validCurriculum, withUnit } from './testing/curriculum-builder';
import { checkUnitCompleteness } from './unit-completeness';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** The German final examination in two parts: 40 % in year 2, 60 % at the end of year 3. */
const part1: AssessmentPart = {
  code: 'AP1',
  title: { en: 'Final examination part 1', de: 'Abschlussprüfung Teil 1' },
  weight: 40,
  year: 2,
  term: 2,
  methods: ['work-sample', 'written-exam'],
  unitIds: ['u1', 'u2', 'u3', 'u4', 'u5'],
  outcomeIds: [],
};
const part2: AssessmentPart = {
  ...part1,
  code: 'AP2',
  title: { en: 'Final examination part 2', de: 'Abschlussprüfung Teil 2' },
  weight: 60,
  year: 3,
  term: null,
  unitIds: ['u8', 'u9'],
};

const withPlan = (
  plan: readonly AssessmentPart[],
  c = validCurriculum(),
): ValidatableCurriculum => ({
  ...c,
  assessmentPlan: plan,
});
const found = (c: ValidatableCurriculum) =>
  checkAssessmentPlan(c).map((f) => ({ severity: f.severity, path: f.path, message: f.message }));

describe('ECVET-ASSESSMENT the assessment plan', () => {
  it('accepts the two-part final examination, and a curriculum without a plan', () => {
    expect(found(withPlan([part1, part2]))).toEqual([]);
    expect(found(validCurriculum())).toEqual([]);
  });

  it('refuses parts that do not add up to 100 %, and a weight outside 0..100', () => {
    expect(found(withPlan([part1, { ...part2, weight: 50 }]))).toEqual([
      {
        severity: 'error',
        path: 'assessmentPlan',
        message:
          'The parts of the assessment plan weigh 90 % together; the final result needs 100 %.',
      },
    ]);
    expect(
      found(
        withPlan([
          { ...part1, weight: 140 },
          { ...part2, weight: -40 },
        ]),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', path: 'assessmentPlan[0].weight' }),
        expect.objectContaining({ severity: 'error', path: 'assessmentPlan[1].weight' }),
      ]),
    );
  });

  it('refuses a part outside the programme, unknown units and outcomes, and a code used twice', () => {
    const findings = found(
      withPlan([
        { ...part1, year: 4, unitIds: ['u1', 'gone'], outcomeIds: ['nowhere'] },
        { ...part2, code: 'ap1' },
      ]),
    );
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ['error', 'assessmentPlan[0].year'],
      ['error', 'assessmentPlan[0].unitIds[1]'],
      ['error', 'assessmentPlan[0].outcomeIds[0]'],
      ['error', 'assessmentPlan[1].code'],
    ]);
  });

  it('warns of a part before a unit it assesses, one without method, one assessing nothing', () => {
    const findings = found(
      withPlan([
        { ...part1, unitIds: ['u1', 'u8'], methods: [] },
        { ...part2, unitIds: [] },
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'assessmentPlan[0].methods' }),
      {
        severity: 'warning',
        path: 'assessmentPlan[0].unitIds[1]',
        message:
          'Assessment part AP1 "Final examination part 1" (year 2, term 2) comes before unit CNC-08 (year 3) it assesses.',
      },
      expect.objectContaining({ severity: 'warning', path: 'assessmentPlan[1].unitIds' }),
    ]);
  });

  it('finds the outcomes assessed nowhere: a unit without method that the plan covers in part', () => {
    const noMethod = withUnit(validCurriculum(), 6, (u) => ({
      assessment: { ...u.assessment, methods: [] },
    }));
    const plan = [part1, { ...part2, outcomeIds: ['u7-o1'] }];
    expect(found(withPlan(plan, noMethod))).toEqual([
      {
        severity: 'warning',
        path: 'units[6].outcomes',
        message:
          'Unit CNC-07 has no assessment method, and the assessment plan assesses 1 of its outcomes: 1 is assessed nowhere.',
      },
    ]);
    // A unit the plan assesses as a whole needs no method of its own (ECVET-R3 stays quiet).
    const whole = withPlan([part1, { ...part2, unitIds: ['u7', 'u8', 'u9'] }], noMethod);
    expect(found(whole)).toEqual([]);
    expect(checkUnitCompleteness(whole)).toEqual([]);
    expect(checkUnitCompleteness(noMethod)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'units[6].assessment.methods' }),
    ]);
  });
});
