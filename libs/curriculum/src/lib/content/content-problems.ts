import {
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  INDUSTRY_40_AREAS,
  OUTCOME_CATEGORIES,
  outcomeCategoryOf,
  PROGRAMME_FORMS,
  type EscoReference,
} from '../model/curriculum';
import type { FieldError } from '../model/error-response';
import {
  CODE_MESSAGE,
  CODE_PATTERN,
  collectInto,
  ESCO_OCCUPATION_PATTERN,
  ESCO_SKILL_PATTERN,
  ISCED_F_PATTERN,
  LANGUAGE_PATTERN,
  LIMITS,
  listProblem,
  localizedTextProblem,
  numberProblem,
  type NumberLimit,
  type ProblemSink,
} from '../model/limits';
import { msg } from '../model/message';
import type { CurriculumContent } from './curriculum-content';

/**
 * Every field of `content` checked against the limits the REST API's DTOs apply (`LIMITS`), with
 * paths into the content (`units[2].outcomes[0].text`). Both importers (CSV and CASE) call it after
 * mapping their layout, so an import stores only what the API's own requests could have stored.
 * Relations between fields (unknown codes, cycles) and the ECVET rules are checked elsewhere.
 */
export function contentProblems(content: CurriculumContent): FieldError[] {
  const problems: FieldError[] = [];
  const report = collectInto(problems);
  const c = LIMITS.curriculum;

  code(report, 'code', content.code);
  if (content.qualificationCode !== null && content.qualificationCode !== undefined)
    code(report, 'qualificationCode', content.qualificationCode);
  report('title', localizedTextProblem(content.title, c.title));
  report('description', localizedTextProblem(content.description, c.description));
  report('eqfLevel', numberProblem(content.eqfLevel, c.eqfLevel));
  if (content.nqfLevel !== null) report('nqfLevel', numberProblem(content.nqfLevel, c.nqfLevel));
  if (content.iscedFCode !== '' && !ISCED_F_PATTERN.test(content.iscedFCode))
    report('iscedFCode', msg`must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715`);
  if (content.occupation !== null)
    esco(report, 'occupation', content.occupation, ESCO_OCCUPATION_PATTERN, 'occupation');
  report('durationMonths', numberProblem(content.durationMonths, c.durationMonths));
  report(
    'referenceDurationMonths',
    numberProblem(content.referenceDurationMonths, c.referenceDurationMonths),
  );
  if (!(PROGRAMME_FORMS as readonly string[]).includes(content.programmeForm))
    report('programmeForm', msg`must be one of ${PROGRAMME_FORMS.join(', ')}`);
  report('intensity', numberProblem(content.intensity, c.intensity));
  report('ecvetPoints', numberProblem(content.ecvetPoints, c.ecvetPoints));
  language(report, 'primaryLanguage', content.primaryLanguage);
  report('languages', listProblem(content.languages.length, c.languages));
  content.languages.forEach((l, i) => language(report, `languages[${i}]`, l));
  content.requiredLanguages?.forEach((l, i) => language(report, `requiredLanguages[${i}]`, l));

  report('electiveGroups', listProblem(content.electiveGroups.length, c.electiveGroups));
  content.electiveGroups.forEach((group, i) => {
    const at = `electiveGroups[${i}]`;
    code(report, `${at}.code`, group.code);
    report(`${at}.title`, localizedTextProblem(group.title, LIMITS.electiveGroup.title));
    report(
      `${at}.pointsRequired`,
      numberProblem(group.pointsRequired, LIMITS.electiveGroup.pointsRequired),
    );
    if (group.rule !== undefined && !(CHOICE_RULES as readonly string[]).includes(group.rule))
      report(`${at}.rule`, msg`must be one of ${CHOICE_RULES.join(', ')}`);
    if (group.unitsRequired !== undefined && group.unitsRequired !== null)
      report(
        `${at}.unitsRequired`,
        numberProblem(group.unitsRequired, LIMITS.electiveGroup.unitsRequired),
      );
  });

  for (const [key, limit] of Object.entries(LIMITS.thresholds) as [
    keyof typeof LIMITS.thresholds,
    NumberLimit,
  ][]) {
    report(`thresholds.${key}`, numberProblem(content.thresholds[key], limit));
  }

  const u = LIMITS.unit;
  content.units.forEach((unit, i) => {
    const at = `units[${i}]`;
    code(report, `${at}.code`, unit.code);
    report(`${at}.title`, localizedTextProblem(unit.title, u.title));
    report(`${at}.description`, localizedTextProblem(unit.description, u.description));
    report(`${at}.eqfLevel`, numberProblem(unit.eqfLevel, u.eqfLevel));
    report(`${at}.ecvetPoints`, numberProblem(unit.ecvetPoints, u.ecvetPoints));
    if (unit.electiveGroup !== null) code(report, `${at}.electiveGroup`, unit.electiveGroup);
    report(`${at}.year`, numberProblem(unit.year, u.year));
    if (unit.term !== null) report(`${at}.term`, numberProblem(unit.term, u.term));
    if (unit.endYear != null) report(`${at}.endYear`, numberProblem(unit.endYear, u.year));
    if (unit.endTerm != null) report(`${at}.endTerm`, numberProblem(unit.endTerm, u.term));
    if (unit.guidedHours != null)
      report(`${at}.guidedHours`, numberProblem(unit.guidedHours, u.guidedHours));
    if (unit.nationalCredits != null)
      report(`${at}.nationalCredits`, numberProblem(unit.nationalCredits, u.nationalCredits));
    report(`${at}.areas`, listProblem(unit.areas.length, u.areas));
    unit.areas.forEach((area, k) => {
      if (!(INDUSTRY_40_AREAS as readonly string[]).includes(area))
        report(`${at}.areas[${k}]`, msg`must be one of ${INDUSTRY_40_AREAS.join(', ')}`);
    });
    report(`${at}.escoSkills`, listProblem(unit.escoSkills.length, u.escoSkills));
    unit.escoSkills.forEach((skill, k) =>
      esco(report, `${at}.escoSkills[${k}]`, skill, ESCO_SKILL_PATTERN, 'skill'),
    );
    report(`${at}.prerequisiteCodes`, listProblem(unit.prerequisiteCodes.length, u.prerequisites));
    unit.assessment.methods.forEach((method, k) => {
      if (!(ASSESSMENT_METHODS as readonly string[]).includes(method))
        report(
          `${at}.assessment.methods[${k}]`,
          msg`must be one of ${ASSESSMENT_METHODS.join(', ')}`,
        );
    });
    report(`${at}.assessment.methods`, listProblem(unit.assessment.methods.length, u.methods));
    report(
      `${at}.assessment.criteria`,
      localizedTextProblem(unit.assessment.criteria, u.assessmentCriteria),
    );
    unit.outcomes.forEach((outcome, k) => {
      const o = `${at}.outcomes[${k}]`;
      // An alias ("competence") is the category it names, as on input.
      if (outcomeCategoryOf(outcome.category) === null)
        report(`${o}.category`, msg`must be one of ${OUTCOME_CATEGORIES.join(', ')}`);
      report(`${o}.text`, localizedTextProblem(outcome.text, LIMITS.outcome.text));
      if (outcome.escoSkill !== undefined)
        esco(report, `${o}.escoSkill`, outcome.escoSkill, ESCO_SKILL_PATTERN, 'skill');
      const skills = outcome.escoSkills ?? [];
      report(`${o}.escoSkills`, listProblem(skills.length, LIMITS.outcome.escoSkills));
      skills.forEach((skill, s) =>
        esco(report, `${o}.escoSkills[${s}]`, skill, ESCO_SKILL_PATTERN, 'skill'),
      );
    });
  });

  const w = LIMITS.workBasedLearning;
  content.workBasedLearning.forEach((period, i) => {
    const at = `workBasedLearning[${i}]`;
    report(`${at}.title`, localizedTextProblem(period.title, w.title));
    report(`${at}.year`, numberProblem(period.year, w.year));
    if (period.term !== null) report(`${at}.term`, numberProblem(period.term, w.term));
    report(`${at}.durationHours`, numberProblem(period.durationHours, w.durationHours));
    report(`${at}.companyProfile`, localizedTextProblem(period.companyProfile, w.companyProfile));
    report(`${at}.mentorRole`, localizedTextProblem(period.mentorRole, w.mentorRole));
    report(`${at}.assessment`, localizedTextProblem(period.assessment, w.assessment));
    report(`${at}.unitCodes`, listProblem(period.unitCodes.length, w.units));
    report(`${at}.outcomeRefs`, listProblem(period.outcomeRefs.length, w.outcomes));
  });
  return problems;
}

function code(report: ProblemSink, path: string, value: string): void {
  if (!CODE_PATTERN.test(value)) report(path, CODE_MESSAGE);
}

function language(report: ProblemSink, path: string, value: string): void {
  if (!LANGUAGE_PATTERN.test(value)) report(path, msg`must be a language code such as de or en`);
}

function esco(
  report: ProblemSink,
  path: string,
  reference: EscoReference,
  pattern: RegExp,
  kind: 'skill' | 'occupation',
): void {
  if (!pattern.test(reference.uri))
    report(
      `${path}.uri`,
      kind === 'skill' ? msg`must be an ESCO skill URI` : msg`must be an ESCO occupation URI`,
    );
  report(`${path}.label`, localizedTextProblem(reference.label, LIMITS.escoReference.label));
}

/**
 * The part of a content path that names one record, and the field within it:
 * `units[2].outcomes[0].text.en` → `{ record: 'units[2].outcomes[0]', field: 'text.en' }`.
 * Importers map the record back to where it came from (a CSV row, a CASE item).
 */
export function splitContentPath(path: string): { record: string; field: string } {
  const match =
    /^((?:units\[\d+\](?:\.outcomes\[\d+\])?)|(?:electiveGroups|workBasedLearning)\[\d+\])(?:\.(.*))?$/.exec(
      path,
    );
  return match === null ? { record: '', field: path } : { record: match[1], field: match[2] ?? '' };
}
