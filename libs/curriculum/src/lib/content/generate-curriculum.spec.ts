import { generateCurriculum } from './generate-curriculum';
import { validateContent } from './validate-content';

describe('generateCurriculum', () => {
  const options = {
    units: 60,
    outcomesPerUnit: 10,
    workBasedLearningPeriods: 20,
    languages: ['de', 'en', 'lt'],
  };

  it('builds a 60 × 10 curriculum with 20 WBL periods in three languages', () => {
    const content = generateCurriculum(options);
    expect(content.units).toHaveLength(60);
    expect(content.units.flatMap((u) => u.outcomes)).toHaveLength(600);
    expect(content.workBasedLearning).toHaveLength(20);
    expect(Object.keys(content.units[17].outcomes[3].text)).toEqual(['de', 'en', 'lt']);
    expect(content.primaryLanguage).toBe('de');
  });

  it('is reproducible for a seed and differs between seeds', () => {
    expect(generateCurriculum({ ...options, seed: 7 })).toEqual(
      generateCurriculum({ ...options, seed: 7 }),
    );
    expect(generateCurriculum({ ...options, seed: 7 }).title).not.toEqual(
      generateCurriculum({ ...options, seed: 8 }).title,
    );
  });

  it('passes the ECVET rules without errors: points, year loads, prerequisites and WBL add up', () => {
    const report = validateContent(generateCurriculum(options));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('ECVET-YEAR-LOAD');
    expect(report.summary.pointsByYear.map((y) => y.points)).toEqual([60, 60, 60, 60]);
    expect(report.summary).toMatchObject({ declaredPoints: 240, unitCount: 60, outcomeCount: 600 });
  });

  it('keeps the letters every export must survive', () => {
    const all = JSON.stringify(
      generateCurriculum({ ...options, units: 40, languages: ['de', 'lt', 'lv', 'et'] }),
    );
    for (const letter of 'äöüßąčęėįšųūžāēģīķļņõ') expect(all).toContain(letter);
  });
});
