import { checkProgrammes, differingFacts } from './programmes';
import { validCurriculum } from './testing/curriculum-builder';
import { validateCurriculum } from './validate-curriculum';

const facts = {
  eqfLevel: 4,
  nqfLevel: 4,
  iscedFCode: '0715',
  occupation: null,
  ecvetPoints: 180,
  referenceDurationMonths: 36,
};

describe('ECVET-PROGRAMMES', () => {
  it('compares the qualification facts of the programmes of one qualification', () => {
    const c = validCurriculum({
      qualificationCode: 'Q-CNC',
      nqfLevel: 4,
      otherProgrammes: [
        { code: 'PART-TIME', ...facts },
        { code: 'SHORT', ...facts, ecvetPoints: 150, nqfLevel: null },
      ],
    });
    expect(checkProgrammes(c).map((f) => [f.severity, f.path, f.message])).toEqual([
      [
        'warning',
        'nqfLevel',
        'Programme SHORT of qualification Q-CNC states NQF level –, this one 4: programmes of one qualification state it alike.',
      ],
      [
        'warning',
        'ecvetPoints',
        'Programme SHORT of qualification Q-CNC states ECVET points 150, this one 180: programmes of one qualification state it alike.',
      ],
    ]);
    expect(
      validateCurriculum(c).findings.filter((f) => f.ruleId === 'ECVET-PROGRAMMES'),
    ).toHaveLength(2);
  });

  it('has nothing to compare without a qualification code or other programmes', () => {
    const others = [{ code: 'X', ...facts, ecvetPoints: 1 }];
    expect(checkProgrammes(validCurriculum({ otherProgrammes: others }))).toEqual([]);
    expect(checkProgrammes(validCurriculum({ qualificationCode: 'Q' }))).toEqual([]);
    expect(
      checkProgrammes(validCurriculum({ qualificationCode: ' ', otherProgrammes: others })),
    ).toEqual([]);
  });

  it('compares an occupation by its URI, not its labels', () => {
    const uri = 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120';
    expect(
      differingFacts(
        { occupation: { uri, label: { en: 'CNC machine operator' } } },
        { occupation: { uri, label: { de: 'CNC-Maschinenbediener/in' } } },
      ),
    ).toEqual([]);
    expect(differingFacts({ occupation: null }, { occupation: { uri, label: {} } })).toEqual([
      'occupation',
    ]);
  });
});
