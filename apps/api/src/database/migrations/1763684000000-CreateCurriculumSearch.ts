import { searchText, type SearchableCurriculum } from '@curriculum-builder/curriculum';
import { MigrationInterface, QueryRunner } from 'typeorm';

const postgres = (runner: QueryRunner) => runner.connection.driver.options.type === 'postgres';

/**
 * The catalogue's full-text search over the published version of each curriculum (issue #14):
 * on PostgreSQL a table with a GIN index over German-stemmed and unstemmed words, on SQLite an FTS5
 * table that ignores diacritics. Filled from the published snapshots already stored.
 */
export class CreateCurriculumSearch1763684000000 implements MigrationInterface {
  name = 'CreateCurriculumSearch1763684000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (postgres(queryRunner)) {
      await queryRunner.query(
        'CREATE TABLE curriculum_search (curriculum_id uuid PRIMARY KEY REFERENCES curriculum(id) ON DELETE CASCADE, document text NOT NULL)',
      );
      await queryRunner.query(
        "CREATE INDEX IDX_curriculum_search_words ON curriculum_search USING GIN ((to_tsvector('german', document) || to_tsvector('simple', document)))",
      );
    } else {
      await queryRunner.query(
        "CREATE VIRTUAL TABLE curriculum_search USING fts5(curriculum_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2')",
      );
    }
    const published: { id: string; snapshot: string }[] = await queryRunner.query(
      'SELECT c.id AS id, v.snapshot AS snapshot FROM curriculum c JOIN curriculum_version v ' +
        'ON v.curriculum_id = c.id AND v.number = c.published_version',
    );
    const insert = postgres(queryRunner)
      ? 'INSERT INTO curriculum_search (curriculum_id, document) VALUES ($1, $2)'
      : 'INSERT INTO curriculum_search (curriculum_id, document) VALUES (?, ?)';
    for (const row of published) {
      const snapshot = JSON.parse(row.snapshot) as SearchableCurriculum;
      await queryRunner.query(insert, [row.id, searchText(snapshot)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE curriculum_search');
  }
}
