import type { EscoReference, LocalizedText, OutcomeCategory } from '@curriculum-builder/curriculum';
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

  @Column('simple-json', { name: 'esco_skill', nullable: true })
  escoSkill!: EscoReference | null;

  @Column('int')
  version!: number;
}
