import type { CurriculumDiff } from '../diff/diff-curricula';
import type {
  AssessmentPart,
  PartialQualification,
  Curriculum,
  CurriculumStatus,
  ElectiveGroupInput,
  UnitExtent,
  EscoReference,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '../model/curriculum';
import type { FieldError } from '../model/error-response';
import type { LocalizedText } from '../model/localized-text';

/**
 * A curriculum as portable content, without ids and versions: units are referenced by `code`,
 * outcomes by their 0-based index within their unit. Demo content, the synthetic generator and
 * imports all produce this shape; the API turns it into rows with fresh ids.
 */
export interface ContentOutcome extends Omit<
  LearningOutcome,
  'id' | 'version' | 'escoSkill' | 'escoSkills' | 'criteria'
> {
  /** How its achievement is judged (none when absent). */
  readonly criteria?: LocalizedText;
  /** Its ESCO skills, the main one first (none when absent). */
  readonly escoSkills?: readonly EscoReference[];
  /** One skill, as content written before several skills per outcome states it. */
  readonly escoSkill?: EscoReference;
}

/** Content is read before it is checked: its levels and languages are plain numbers and strings. */
export interface ContentUnit
  extends
    Omit<
      Unit,
      'id' | 'version' | 'eqfLevel' | 'prerequisites' | 'outcomes' | 'addOn' | keyof UnitExtent
    >,
    Partial<UnitExtent> {
  readonly eqfLevel: number;
  /** False when absent (formats written before add-ons). */
  readonly addOn?: boolean;
  readonly prerequisiteCodes: readonly string[];
  readonly outcomes: readonly ContentOutcome[];
}

export interface ContentWorkBasedLearning extends Omit<
  WorkBasedLearningPeriod,
  'id' | 'version' | 'unitIds' | 'outcomeIds'
> {
  readonly unitCodes: readonly string[];
  readonly outcomeRefs: readonly { readonly unitCode: string; readonly index: number }[];
}

/** A part of the examination, its units by code and its outcomes as (unit code, index). */
export interface ContentAssessmentPart extends Omit<AssessmentPart, 'unitIds' | 'outcomeIds'> {
  readonly unitCodes: readonly string[];
  readonly outcomeRefs: readonly { readonly unitCode: string; readonly index: number }[];
}

/** A partial qualification, its units by code. */
export interface ContentPartialQualification extends Omit<PartialQualification, 'unitIds'> {
  readonly unitCodes: readonly string[];
}

export interface CurriculumContent extends Omit<
  Curriculum,
  | 'id'
  | 'version'
  | 'status'
  | 'institutionId'
  | 'publishedVersion'
  | 'createdAt'
  | 'updatedAt'
  | 'eqfLevel'
  | 'primaryLanguage'
  | 'languages'
  | 'requiredLanguages'
  | 'electiveGroups'
  | 'assessmentPlan'
  | 'partialQualifications'
  | 'qualificationCode'
  | 'units'
  | 'workBasedLearning'
> {
  readonly eqfLevel: number;
  /** None (a qualification of its own) when absent (formats written before ADR 0021). */
  readonly qualificationCode?: string | null;
  readonly primaryLanguage: string;
  readonly languages: readonly string[];
  /** The primary language alone when absent (formats written before required languages). */
  readonly requiredLanguages?: readonly string[];
  /** Without a rule a group is "at least its points" (formats written before choice rules). */
  readonly electiveGroups: readonly ElectiveGroupInput[];
  /** None when absent (formats written before assessment plans). */
  readonly assessmentPlan?: readonly ContentAssessmentPart[];
  /** None when absent (formats written before partial qualifications). */
  readonly partialQualifications?: readonly ContentPartialQualification[];
  readonly units: readonly ContentUnit[];
  readonly workBasedLearning: readonly ContentWorkBasedLearning[];
}

/**
 * `POST /api/v1/curricula/import/<format>/preview`: what an import would create, checked like the
 * import itself (422 with every problem otherwise), with nothing written; the teacher confirms it.
 */
export interface ImportPreview {
  readonly code: string;
  readonly title: LocalizedText;
  readonly primaryLanguage: string;
  readonly languages: readonly string[];
  readonly ecvetPoints: number;
  readonly units: number;
  readonly outcomes: number;
  readonly workBasedLearning: number;
  /** What the ECVET rules say of it (errors do not stop an import: it becomes a draft). */
  readonly errors: number;
  readonly ruleWarnings: number;
  /** Values the file did not state and defaults stood in for, columns missing …: each at its path. */
  readonly warnings: readonly FieldError[];
  /** Everything else worth knowing (fields not kept, associations ignored, codes changed). */
  readonly notes: readonly string[];
  /**
   * When the file is a curriculum the institution already has (a CASE package with a known
   * document identifier): the update of its draft the import makes instead of a new draft.
   */
  readonly update?: ImportUpdatePlan | null;
}

/** What importing a package that names a known curriculum does to that curriculum's draft. */
export interface ImportUpdatePlan {
  readonly curriculumId: string;
  readonly code: string;
  readonly status: CurriculumStatus;
  /** The curriculum's version the plan was made against (send it back to apply exactly this). */
  readonly version: number;
  /** Whether a published curriculum is reopened as a new draft first. */
  readonly reopens: boolean;
  /** Nothing would change: the import leaves the curriculum as it is. */
  readonly unchanged: boolean;
  /** Units, outcomes and WBL periods added, removed and changed, field by field. */
  readonly diff: CurriculumDiff;
}
