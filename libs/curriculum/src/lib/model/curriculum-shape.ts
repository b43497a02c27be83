import type {
  Assessment,
  AssessmentPart,
  PartialQualification,
  Curriculum,
  ElectiveGroup,
  EscoReference,
  LearningOutcome,
  RuleThresholds,
  Unit,
  WorkBasedLearningPeriod,
} from './curriculum';
import type { FieldError } from './error-response';
import { msg } from './message';
import type { StaleTranslation } from './translation';

/** The most problems one check reports: enough to repair, small enough to answer. */
export const MAX_SHAPE_PROBLEMS = 100;

/** Checks one value at `path`; reports into `problems`. */
type Check = (value: unknown, path: string, problems: FieldError[]) => void;

function kind(test: (value: unknown) => boolean, message: string): Check {
  return (value, path, problems) => {
    if (!test(value)) problems.push({ path, message });
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = kind((v) => typeof v === 'string', msg`must be a text`);
const number = kind((v) => typeof v === 'number' && Number.isFinite(v), msg`must be a number`);
const boolean = kind((v) => typeof v === 'boolean', msg`must be true or false`);
const localizedText = kind(
  (v) => isRecord(v) && Object.values(v).every((t) => typeof t === 'string'),
  msg`must be an object of texts keyed by language code`,
);

function nullable(check: Check): Check {
  return (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
}

/** A field snapshots stored before it existed do not have. */
function optional(check: Check): Check {
  return (value, path, problems) => {
    if (value !== undefined) check(value, path, problems);
  };
}

function list(check: Check): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push({ path, message: msg`must be a list` });
      return;
    }
    value.forEach((item, index) => check(item, `${path}[${index}]`, problems));
  };
}

/** An object with every field of `T`, each checked (the type makes the list complete). */
function object<T>(fields: { readonly [K in keyof T]-?: Check }): Check {
  return (value, path, problems) => {
    if (!isRecord(value)) {
      problems.push({ path, message: msg`must be an object` });
      return;
    }
    for (const [field, check] of Object.entries<Check>(fields)) {
      if (problems.length >= MAX_SHAPE_PROBLEMS) return;
      check(value[field], path === '' ? field : `${path}.${field}`, problems);
    }
  };
}

const escoReference = object<EscoReference>({ uri: text, label: localizedText });

/** A CASE origin, where one is kept (snapshots stored before CASE identity have none). */
const caseOrigin: Check = (value, path, problems) => {
  if (value === undefined || value === null) return;
  if (
    !isRecord(value) ||
    typeof value['identifier'] !== 'string' ||
    typeof value['uri'] !== 'string'
  )
    problems.push({ path, message: msg`must be a CASE origin { identifier, uri }` });
};

const outcome = object<LearningOutcome>({
  id: text,
  version: number,
  category: text,
  text: localizedText,
  criteria: localizedText,
  escoSkills: list(escoReference),
  escoSkill: nullable(escoReference),
  case: caseOrigin,
});

const unit = object<Unit>({
  id: text,
  version: number,
  code: text,
  title: localizedText,
  description: localizedText,
  eqfLevel: number,
  ecvetPoints: number,
  mandatory: boolean,
  electiveGroup: nullable(text),
  addOn: boolean,
  year: number,
  term: nullable(number),
  endYear: nullable(number),
  endTerm: nullable(number),
  guidedHours: nullable(number),
  nationalCredits: nullable(number),
  areas: list(text),
  escoSkills: list(escoReference),
  prerequisites: list(text),
  assessment: object<Assessment>({ methods: list(text), criteria: localizedText }),
  outcomes: list(outcome),
  case: caseOrigin,
  provenance: optional(
    nullable(
      kind(
        (v) => isRecord(v) && typeof v['entryId'] === 'string' && typeof v['version'] === 'number',
        msg`must be a library provenance { entryId, version, … }`,
      ),
    ),
  ),
});

const workBasedLearning = object<WorkBasedLearningPeriod>({
  id: text,
  version: number,
  title: localizedText,
  year: number,
  term: nullable(number),
  durationHours: number,
  companyProfile: localizedText,
  mentorRole: localizedText,
  unitIds: list(text),
  outcomeIds: list(text),
  assessment: localizedText,
});

const curriculum = object<Curriculum>({
  id: text,
  version: number,
  status: text,
  institutionId: text,
  code: text,
  qualificationCode: nullable(text),
  title: localizedText,
  description: localizedText,
  eqfLevel: number,
  nqfLevel: nullable(number),
  iscedFCode: text,
  occupation: nullable(escoReference),
  durationMonths: number,
  referenceDurationMonths: number,
  programmeForm: text,
  intensity: number,
  fullTime: boolean,
  ecvetPoints: number,
  primaryLanguage: text,
  languages: list(text),
  requiredLanguages: list(text),
  electiveGroups: list(
    object<ElectiveGroup>({
      code: text,
      title: localizedText,
      pointsRequired: number,
      rule: text,
      unitsRequired: nullable(number),
    }),
  ),
  assessmentPlan: list(
    object<AssessmentPart>({
      code: text,
      title: localizedText,
      weight: number,
      year: number,
      term: nullable(number),
      methods: list(text),
      unitIds: list(text),
      outcomeIds: list(text),
    }),
  ),
  partialQualifications: list(
    object<PartialQualification>({ code: text, title: localizedText, unitIds: list(text) }),
  ),
  thresholds: object<RuleThresholds>({
    pointsPerYear: number,
    yearLoadTolerance: number,
    hoursPerYear: number,
    minWblShare: number,
  }),
  publishedVersion: nullable(number),
  units: list(unit),
  workBasedLearning: list(workBasedLearning),
  createdAt: text,
  updatedAt: text,
  case: caseOrigin,
  staleTranslations: optional(
    list(
      object<StaleTranslation>({
        key: text,
        language: text,
        sourceLanguage: text,
        translatedFrom: text,
        translatedAt: nullable(text),
      }),
    ),
  ),
});

/**
 * Where a stored curriculum (a working copy's rows or a published snapshot) does not have the JSON
 * shape of `Curriculum` — a list where an object belongs, a text where a list belongs … — as
 * `{ path: "units[0].assessment", message }` items, at most `MAX_SHAPE_PROBLEMS`. Only JSON types
 * are checked, not limits or rules (that is the rule engine's job): what passes can be rendered.
 */
export function curriculumShapeProblems(value: unknown): FieldError[] {
  const problems: FieldError[] = [];
  curriculum(value, '', problems);
  return problems.slice(0, MAX_SHAPE_PROBLEMS);
}
