import type {
  AssessmentMethod,
  ElectiveGroup,
  EscoReference,
  Industry40Area,
  OutcomeCategory,
  RuleThresholds,
} from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';

/**
 * A curriculum as portable content, without ids and versions: units are referenced by `code`,
 * outcomes by their 0-based index within their unit. Demo content, the synthetic generator and
 * imports all produce this shape; the API turns it into rows with fresh ids.
 */
export interface ContentOutcome {
  readonly category: OutcomeCategory;
  readonly text: LocalizedText;
  readonly escoSkill?: EscoReference;
}

export interface ContentUnit {
  readonly code: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly eqfLevel: number;
  readonly ecvetPoints: number;
  readonly mandatory: boolean;
  readonly electiveGroup: string | null;
  readonly year: number;
  readonly term: number | null;
  readonly areas: readonly Industry40Area[];
  readonly escoSkills: readonly EscoReference[];
  readonly prerequisiteCodes: readonly string[];
  readonly assessment: {
    readonly methods: readonly AssessmentMethod[];
    readonly criteria: LocalizedText;
  };
  readonly outcomes: readonly ContentOutcome[];
}

export interface ContentWorkBasedLearning {
  readonly title: LocalizedText;
  readonly year: number;
  readonly term: number | null;
  readonly durationHours: number;
  readonly companyProfile: LocalizedText;
  readonly mentorRole: LocalizedText;
  readonly unitCodes: readonly string[];
  readonly outcomeRefs: readonly { readonly unitCode: string; readonly index: number }[];
  readonly assessment: LocalizedText;
}

export interface CurriculumContent {
  readonly code: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly eqfLevel: number;
  readonly nqfLevel: number | null;
  readonly iscedFCode: string;
  readonly occupation: EscoReference | null;
  readonly durationMonths: number;
  readonly fullTime: boolean;
  readonly ecvetPoints: number;
  readonly primaryLanguage: string;
  readonly languages: readonly string[];
  readonly electiveGroups: readonly ElectiveGroup[];
  readonly thresholds: RuleThresholds;
  readonly units: readonly ContentUnit[];
  readonly workBasedLearning: readonly ContentWorkBasedLearning[];
}
