import type {
  AssessmentPart,
  PartialQualification,
  CaseOrigin,
  CurriculumStatus,
  ElectiveGroup,
  EscoReference,
  LocalizedText,
  ProgrammeForm,
  RuleThresholds,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A curriculum: the qualification it leads to. Its units and WBL periods live in their own tables. */
@Entity('curriculum')
export class CurriculumEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('varchar', { length: 50 })
  code!: string;

  /** The qualification it delivers, shared by its programmes; null: one of its own (ADR 0021). */
  @Column('varchar', { name: 'qualification_code', length: 50, nullable: true })
  qualificationCode!: string | null;

  @Column('simple-json')
  title!: LocalizedText;

  @Column('simple-json')
  description!: LocalizedText;

  @Column('int', { name: 'eqf_level' })
  eqfLevel!: number;

  @Column('int', { name: 'nqf_level', nullable: true })
  nqfLevel!: number | null;

  @Column('varchar', { name: 'isced_f_code', length: 10 })
  iscedFCode!: string;

  @Column('simple-json', { nullable: true })
  occupation!: EscoReference | null;

  @Column('float', { name: 'duration_months' })
  durationMonths!: number;

  /** The qualification's reference full-time duration (ECVET-R1); the delivered one before #17. */
  @Column('float', { name: 'reference_duration_months' })
  referenceDurationMonths!: number;

  @Column('varchar', { name: 'programme_form', length: 20 })
  programmeForm!: ProgrammeForm;

  /** Share of full-time study (FTE). */
  @Column('float')
  intensity!: number;

  @Column('boolean', { name: 'full_time' })
  fullTime!: boolean;

  @Column('float', { name: 'ecvet_points' })
  ecvetPoints!: number;

  @Column('varchar', { name: 'primary_language', length: 20 })
  primaryLanguage!: string;

  @Column('simple-json')
  languages!: string[];

  /** The declared languages required complete before review and publication (primary first). */
  @Column('simple-json', { name: 'required_languages' })
  requiredLanguages!: string[];

  /** The examination's parts, their units and outcomes by id. */
  @Column('simple-json', { name: 'assessment_plan' })
  assessmentPlan!: AssessmentPart[];

  /** Named sets of units certified alone, their units by id. */
  @Column('simple-json', { name: 'partial_qualifications' })
  partialQualifications!: PartialQualification[];

  @Column('simple-json', { name: 'elective_groups' })
  electiveGroups!: ElectiveGroup[];

  @Column('simple-json')
  thresholds!: RuleThresholds;

  @Column('varchar', { length: 20 })
  status!: CurriculumStatus;

  @Column('int')
  version!: number;

  /** Number of the latest published version (what learners see), null before the first one. */
  @Column('int', { name: 'published_version', nullable: true })
  publishedVersion!: number | null;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;

  /** The CASE `identifier` it was imported with; null for what was made here. */
  @Column('varchar', { name: 'case_identifier', length: 255, nullable: true })
  caseIdentifier!: string | null;

  /** Where it came from in a CASE package (identity, foreign codes, unknown fields); null if made here. */
  @Column('simple-json', { name: 'case_origin', nullable: true })
  caseOrigin!: CaseOrigin | null;
}
