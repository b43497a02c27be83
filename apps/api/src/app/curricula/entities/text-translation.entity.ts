import type { TranslationRecord } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a translation of a working copy's text was made from (ADR 0025). */
@Entity('text_translation')
export class TextTranslationEntity implements TranslationRecord {
  @PrimaryColumn('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @PrimaryColumn('varchar', { name: 'text_key', length: 500 })
  key!: string;

  @PrimaryColumn('varchar', { length: 20 })
  language!: string;

  @Column('varchar', { name: 'source_language', length: 20 })
  sourceLanguage!: string;

  @Column('varchar', { name: 'source_version', length: 16 })
  sourceVersion!: string;

  @Column('text', { name: 'source_text' })
  sourceText!: string;

  @Column('varchar', { name: 'translated_at', length: 30, nullable: true })
  translatedAt!: string | null;
}
