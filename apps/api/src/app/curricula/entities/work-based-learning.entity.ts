import type { LocalizedText } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A work-based learning period: time in a company, covering units and outcomes. */
@Entity('work_based_learning')
export class WorkBasedLearningEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('int')
  position!: number;

  @Column('simple-json')
  title!: LocalizedText;

  @Column('int')
  year!: number;

  @Column('int', { nullable: true })
  term!: number | null;

  @Column('int', { name: 'duration_hours' })
  durationHours!: number;

  @Column('simple-json', { name: 'company_profile' })
  companyProfile!: LocalizedText;

  @Column('simple-json', { name: 'mentor_role' })
  mentorRole!: LocalizedText;

  @Column('simple-json', { name: 'unit_ids' })
  unitIds!: string[];

  @Column('simple-json', { name: 'outcome_ids' })
  outcomeIds!: string[];

  @Column('simple-json')
  assessment!: LocalizedText;

  @Column('int')
  version!: number;
}
