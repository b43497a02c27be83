import type {
  Curriculum,
  ElectiveGroup,
  ElectiveGroupInput,
  QualificationFact,
  UnitExtent,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '../model/curriculum';

/**
 * A learning outcome as the rule engine sees it: no `version`; the `id` stays for references; its
 * ESCO skills are read by no rule.
 */
export interface ValidatableOutcome extends Omit<
  LearningOutcome,
  'version' | 'escoSkills' | 'escoSkill' | 'criteria'
> {
  /** None when absent. */
  readonly criteria?: LearningOutcome['criteria'];
  readonly escoSkills?: LearningOutcome['escoSkills'];
  readonly escoSkill?: LearningOutcome['escoSkill'];
}

/** A unit as the rule engine sees it: no `version`; the `id` stays (prerequisites name it). */
export interface ValidatableUnit
  extends Omit<Unit, 'version' | 'outcomes' | 'addOn' | keyof UnitExtent>, Partial<UnitExtent> {
  readonly outcomes: readonly ValidatableOutcome[];
  /** False when absent. */
  readonly addOn?: boolean;
}

/** A work-based learning period as the rule engine sees it: no `version`. */
export type ValidatableWorkBasedLearningPeriod = Omit<WorkBasedLearningPeriod, 'version'>;

/**
 * The input of the rule engine: a curriculum without its storage metadata. A stored `Curriculum`
 * fits as it is; so does a draft from the editor or an import that has no id yet. The rules do not
 * trust the types: the data may come from an import and contain anything.
 */
export interface ValidatableCurriculum extends Omit<
  Curriculum,
  | 'id'
  | 'version'
  | 'status'
  | 'institutionId'
  | 'createdAt'
  | 'updatedAt'
  | 'publishedVersion'
  | 'units'
  | 'workBasedLearning'
  | 'requiredLanguages'
  | 'electiveGroups'
  | 'assessmentPlan'
  | 'partialQualifications'
  | 'qualificationCode'
> {
  /** None (a qualification of its own) when absent. */
  readonly qualificationCode?: string | null;
  /**
   * The other programmes of its qualification, when the caller knows them (the server does, the
   * editor does not): their qualification facts are compared (ECVET-PROGRAMMES).
   */
  readonly otherProgrammes?: readonly Pick<Curriculum, 'code' | QualificationFact>[];
  /**
   * The country of the institution that owns the curriculum (ISO 3166-1 alpha-2), when the caller
   * knows it: the NQF level is then checked against that country's framework (ECVET-R4).
   */
  readonly institutionCountry?: string | null;
  /** No examination parts when absent. */
  readonly assessmentPlan?: Curriculum['assessmentPlan'];
  /** No partial qualifications when absent. */
  readonly partialQualifications?: Curriculum['partialQualifications'];
  /** The primary language alone when absent. */
  readonly requiredLanguages?: readonly string[];
  /** Without a rule a group is "at least its points". */
  readonly electiveGroups: readonly ElectiveGroupInput[];
  readonly units: readonly ValidatableUnit[];
  readonly workBasedLearning: readonly ValidatableWorkBasedLearningPeriod[];
}

/** Validatable input with every field stated as a stored curriculum has it (no defaults left). */
export interface StatedCurriculum extends ValidatableCurriculum {
  readonly requiredLanguages: readonly string[];
  readonly assessmentPlan: Curriculum['assessmentPlan'];
  readonly partialQualifications: Curriculum['partialQualifications'];
  readonly qualificationCode: string | null;
  readonly electiveGroups: readonly ElectiveGroup[];
  readonly units: readonly (ValidatableUnit & { readonly addOn: boolean } & UnitExtent)[];
}
