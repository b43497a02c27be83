import type {
  CaseOrigin,
  Assessment,
  EscoReference,
  Industry40Area,
  LocalizedText,
  ProvenanceRecord,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit of learning outcomes; `position` orders the units of a curriculum. */
@Entity('unit')
export class UnitEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('int')
  position!: number;

  @Column('varchar', { length: 50 })
  code!: string;

  @Column('simple-json')
  title!: LocalizedText;

  @Column('simple-json')
  description!: LocalizedText;

  @Column('int', { name: 'eqf_level' })
  eqfLevel!: number;

  @Column('float', { name: 'ecvet_points' })
  ecvetPoints!: number;

  @Column('boolean')
  mandatory!: boolean;

  @Column('varchar', { name: 'elective_group', length: 50, nullable: true })
  electiveGroup!: string | null;

  /** An add-on qualification, outside the qualification's points. */
  @Column('boolean', { name: 'add_on' })
  addOn!: boolean;

  @Column('int')
  year!: number;

  @Column('int', { nullable: true })
  term!: number | null;

  /** The last year and term of a unit spanning several (null: it ends where it starts). */
  @Column('int', { name: 'end_year', nullable: true })
  endYear!: number | null;

  @Column('int', { name: 'end_term', nullable: true })
  endTerm!: number | null;

  @Column('int', { name: 'guided_hours', nullable: true })
  guidedHours!: number | null;

  @Column('float', { name: 'national_credits', nullable: true })
  nationalCredits!: number | null;

  @Column('simple-json')
  areas!: Industry40Area[];

  @Column('simple-json', { name: 'esco_skills' })
  escoSkills!: EscoReference[];

  /** Ids of the units that must come before this one. */
  @Column('simple-json')
  prerequisites!: string[];

  @Column('simple-json')
  assessment!: Assessment;

  @Column('int')
  version!: number;

  /** The CASE `identifier` it was imported with; null for what was made here. */
  @Column('varchar', { name: 'case_identifier', length: 255, nullable: true })
  caseIdentifier!: string | null;

  /** Where it came from in a CASE package (identity, foreign codes, unknown fields); null if made here. */
  @Column('simple-json', { name: 'case_origin', nullable: true })
  caseOrigin!: CaseOrigin | null;

  /** Where it came from when it was adopted from the shared library; null otherwise (ADR 0029). */
  @Column('simple-json', { nullable: true })
  provenance!: ProvenanceRecord | null;
}
