import type { Curriculum, LocalizedText } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An immutable published version: the whole tree as it was, plus the columns a catalogue lists. */
@Entity('curriculum_version')
export class CurriculumVersionEntity {
  @PrimaryColumn('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @PrimaryColumn('int')
  number!: number;

  @Column('simple-json')
  snapshot!: Curriculum;

  @Column('varchar', { length: 50 })
  code!: string;

  @Column('simple-json')
  title!: LocalizedText;

  @Column('float', { name: 'ecvet_points' })
  ecvetPoints!: number;

  @Column('int', { name: 'eqf_level' })
  eqfLevel!: number;

  @Column('varchar', { name: 'primary_language', length: 20 })
  primaryLanguage!: string;

  @Column('simple-json')
  languages!: string[];

  @Column('int', { name: 'unit_count', default: 0 })
  unitCount!: number;

  @Column('varchar', { name: 'published_at', length: 30 })
  publishedAt!: string;

  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy!: string | null;
}
