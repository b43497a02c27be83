import {
  partTexts,
  recordChanges,
  sameText,
  textVersion,
  translatableTexts,
  type Curriculum,
  type LocalizedText,
  type StaleTranslation,
  type TextOwner,
  type TranslationRecord,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { nowIso } from '../../common/clock';
import { CurriculumEntity } from './entities/curriculum.entity';
import { TextTranslationEntity } from './entities/text-translation.entity';

/** Keys per `IN (…)` query: well below the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500;

const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) =>
    list.slice(i * CHUNK, (i + 1) * CHUNK),
  );

/** The texts of a whole curriculum by key. */
export const curriculumTexts = (c: Curriculum): Map<string, LocalizedText> =>
  new Map(translatableTexts(c).map((t) => [t.key, t.text]));

/**
 * The records of what each translation of a working copy was made from (ADR 0025), kept in step
 * with every change of its texts inside the change's transaction: the services of the curriculum
 * and its parts hand each change over as texts before and after.
 */
@Injectable()
export class TranslationLedger {
  /** Every record of a curriculum. */
  records(em: EntityManager, curriculumId: string): Promise<TextTranslationEntity[]> {
    return em.find(TextTranslationEntity, { where: { curriculumId } });
  }

  /** A change of one part (a unit with its outcomes, an outcome, a period, the curriculum's fields). */
  trackPart(
    em: EntityManager,
    curriculumId: string,
    owner: TextOwner,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.track(em, curriculumId, partTexts(owner, before), partTexts(owner, after));
  }

  /** A change of texts by key (a key only before: the text is gone). */
  async track(
    em: EntityManager,
    curriculumId: string,
    before: ReadonlyMap<string, LocalizedText>,
    after: ReadonlyMap<string, LocalizedText>,
  ): Promise<void> {
    // Most writes (an autosave of points, a reorder) change no text: then no query at all.
    const keys = [...new Set([...before.keys(), ...after.keys()])].filter(
      (key) => !before.has(key) || !after.has(key) || !sameText(before.get(key), after.get(key)),
    );
    if (keys.length === 0) return;
    const curriculum = await em.findOne(CurriculumEntity, {
      where: { id: curriculumId },
      select: { id: true, primaryLanguage: true, languages: true },
    });
    if (curriculum === null) return;
    const recorded = new Map<string, TextTranslationEntity[]>();
    const found =
      keys.length > CHUNK
        ? await this.records(em, curriculumId)
        : await em.find(TextTranslationEntity, { where: { curriculumId, key: In(keys) } });
    for (const record of found)
      recorded.set(record.key, [...(recorded.get(record.key) ?? []), record]);
    const changed = (texts: ReadonlyMap<string, LocalizedText>) =>
      new Map(
        keys.flatMap((key) => (texts.has(key) ? [[key, texts.get(key) as LocalizedText]] : [])),
      );
    const { put, remove } = recordChanges(
      changed(before),
      changed(after),
      curriculum,
      (key) => recorded.get(key) ?? [],
      nowIso(),
    );
    const whole = remove.filter((r) => r.language === null).map((r) => r.key);
    for (const part of chunks(whole))
      await em.delete(TextTranslationEntity, { curriculumId, key: In(part) });
    for (const { key, language } of remove)
      if (language !== null)
        await em.delete(TextTranslationEntity, { curriculumId, key, language });
    await this.put(em, curriculumId, put);
  }

  /** Writes records (a record of the same text and language is replaced). */
  async put(
    em: EntityManager,
    curriculumId: string,
    records: readonly TranslationRecord[],
  ): Promise<void> {
    for (const part of chunks(records)) {
      await em.upsert(
        TextTranslationEntity,
        part.map((record) => ({ ...record, curriculumId })),
        ['curriculumId', 'key', 'language'],
      );
    }
  }

  /**
   * The stale translations of a curriculum copied into its copy: each key with the ids the copy
   * gave (`newId`; the key is dropped when its part was not copied). The others need no record.
   */
  copyStale(
    em: EntityManager,
    curriculumId: string,
    stale: readonly StaleTranslation[],
    copy: Curriculum,
    newId: (old: string) => string | undefined,
  ): Promise<void> {
    const keys = new Set(translatableTexts(copy).map((t) => t.key));
    const records = stale.flatMap((s): TranslationRecord[] => {
      const [owner, id, field] = s.key.split('.');
      const mapped = field === undefined ? s.key : `${owner}.${newId(id) ?? id}.${field}`;
      if (!keys.has(mapped)) return [];
      return [
        {
          key: mapped,
          language: s.language,
          sourceLanguage: s.sourceLanguage,
          // The version of what it was made from: not the copy's source, so it stays stale.
          sourceVersion: textVersion(s.translatedFrom),
          sourceText: s.translatedFrom,
          translatedAt: s.translatedAt,
        },
      ];
    });
    return this.put(em, curriculumId, records);
  }
}
