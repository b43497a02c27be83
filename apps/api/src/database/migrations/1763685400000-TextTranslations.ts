import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { cascadeTo, instantColumn, uuidColumn } from '../schema-columns';

const text = (name: string, length: number) => ({
  name,
  type: 'varchar',
  length: String(length),
  isPrimary: false,
});

/**
 * The translation workflow for content (issue #19, ADR 0025): per text of a working copy and per
 * language of its translation, the source language and version it was translated from, with that
 * source's text. A new table only: existing translations have no record, which means made from the
 * current source — they stay current until their source changes; `down` drops the records (the
 * previous release has no place for them) and changes no text.
 */
export class TextTranslations1763685400000 implements MigrationInterface {
  name = 'TextTranslations1763685400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'text_translation',
        columns: [
          { ...uuidColumn('curriculum_id'), isPrimary: true },
          { ...text('text_key', 500), isPrimary: true },
          { ...text('language', 20), isPrimary: true },
          text('source_language', 20),
          text('source_version', 16),
          { name: 'source_text', type: 'text' },
          instantColumn('translated_at', true),
        ],
        foreignKeys: [cascadeTo('curriculum', 'curriculum_id')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('text_translation');
  }
}
