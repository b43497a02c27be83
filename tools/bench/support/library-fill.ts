import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { normalise } from '../../../apps/api/src/app/esco/esco-search';

const WORDS = ['Fräsen', 'Drehen', 'Qualität', 'Roboter', 'Wartung', 'Messen', 'Sensorik', 'Daten'];

/** N library entries with one version each, written into the migrated database at `file`. */
export function fillLibrary(file: string, count: number): void {
  const db = new Database(file);
  try {
    const institutions = db
      .prepare("SELECT id FROM institution WHERE kind IN ('school', 'association')")
      .all() as { id: string }[];
    const author = (db.prepare('SELECT id FROM user_account LIMIT 1').get() as { id: string }).id;
    const curriculum = (db.prepare('SELECT id FROM curriculum LIMIT 1').get() as { id: string }).id;
    const units = generateCurriculum({
      units: 200,
      outcomesPerUnit: 6,
      workBasedLearningPeriods: 0,
      languages: ['de', 'en', 'lt'],
      seed: 21,
    }).units;
    const entry = db.prepare(
      `INSERT INTO library_entry (id, institution_id, source_curriculum_id, source_unit_id, licence,
         keywords, latest_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    const version = db.prepare(
      `INSERT INTO library_version (entry_id, number, curriculum_version, unit, search_text,
         content_hash, published_at, published_by) VALUES (?, 1, 1, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const base = units[i % units.length];
        const word = WORDS[i % WORDS.length];
        const unit = {
          ...base,
          id: randomUUID(),
          version: 1,
          code: `LIB-${String(i).padStart(5, '0')}`,
          title: { ...base.title, de: `${word} ${base.title['de'] ?? ''}` },
          eqfLevel: 3 + (i % 3),
          ecvetPoints: 5 + (i % 20),
        };
        const keywords = [word, `Stichwort${i % 50}`];
        const texts = [
          unit.code,
          ...Object.values(unit.title),
          ...Object.values(unit.description ?? {}),
          ...unit.outcomes.flatMap((o) => Object.values(o.text)),
          ...keywords,
        ];
        const id = randomUUID();
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        entry.run(
          id,
          institutions[i % institutions.length].id,
          curriculum,
          unit.id,
          i % 5 === 0 ? 'network-members' : 'CC-BY-4.0',
          JSON.stringify(keywords),
          at,
          at,
        );
        version.run(
          id,
          JSON.stringify(unit),
          normalise(texts.join(' ')),
          'x'.repeat(64),
          at,
          author,
        );
      }
    })();
  } finally {
    db.close();
  }
}
