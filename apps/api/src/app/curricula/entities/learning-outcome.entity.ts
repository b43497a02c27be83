import type {
  CaseOrigin,
  EscoReference,
  LocalizedText,
  OutcomeCategory,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A learning outcome of a unit. `curriculumId` is kept so a whole tree loads in one query. */
@Entity('learning_outcome')
export class LearningOutcomeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('int')
  position!: number;

  @Column('varchar', { length: 30 })
  category!: OutcomeCategory;

  @Column('simple-json')
  text!: LocalizedText;

  /** How its achievement is judged; {} when the unit's criteria apply. */
  @Column('simple-json')
  criteria!: LocalizedText;

  /** Its ESCO skills, the main one first. */
  @Column('simple-json', { name: 'esco_skills' })
  escoSkills!: EscoReference[];

  @Column('int')
  version!: number;

  /** The CASE `identifier` it was imported with; null for what was made here. */
  @Column('varchar', { name: 'case_identifier', length: 255, nullable: true })
  caseIdentifier!: string | null;

  /** Where it came from in a CASE package (identity, foreign codes, unknown fields); null if made here. */
  @Column('simple-json', { name: 'case_origin', nullable: true })
  caseOrigin!: CaseOrigin | null;
}
