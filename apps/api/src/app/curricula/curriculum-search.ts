import { searchText, type SearchableCurriculum } from '@curriculum-builder/curriculum';
import type { EntityManager } from 'typeorm';

const isPostgres = (em: EntityManager) => em.connection.options.type === 'postgres';

/**
 * The catalogue's full-text search over published versions (table `curriculum_search`, see the
 * migration CreateCurriculumSearch): PostgreSQL matches German-stemmed and unstemmed words, SQLite
 * FTS5 matches word prefixes without diacritics. Every word of the query must occur.
 */
export async function indexForSearch(
  em: EntityManager,
  curriculumId: string,
  published: SearchableCurriculum,
): Promise<void> {
  const [remove, insert] = isPostgres(em)
    ? [
        'DELETE FROM curriculum_search WHERE curriculum_id = $1',
        'INSERT INTO curriculum_search (curriculum_id, document) VALUES ($1, $2)',
      ]
    : [
        'DELETE FROM curriculum_search WHERE curriculum_id = ?',
        'INSERT INTO curriculum_search (curriculum_id, document) VALUES (?, ?)',
      ];
  await em.query(remove, [curriculumId]);
  await em.query(insert, [curriculumId, searchText(published)]);
}

/**
 * A condition on `c.id` that holds for the curricula whose published version contains every word
 * of `q`, with its parameter; null when `q` has no words (only punctuation).
 */
export function searchCondition(
  em: EntityManager,
  q: string,
): { readonly sql: string; readonly params: Record<string, string> } | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  if (isPostgres(em)) {
    return {
      sql:
        "c.id IN (SELECT s.curriculum_id FROM curriculum_search s WHERE (to_tsvector('german', s.document) || to_tsvector('simple', s.document)) " +
        "@@ (plainto_tsquery('german', :words) || plainto_tsquery('simple', :words)))",
      params: { words: words.join(' ') },
    };
  }
  return {
    sql: 'c.id IN (SELECT curriculum_id FROM curriculum_search WHERE curriculum_search MATCH :words)',
    // Each word as a quoted prefix: no FTS5 syntax of the user's reaches the query.
    params: { words: words.map((word) => `"${word}"*`).join(' ') },
  };
}
