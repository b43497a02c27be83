import type { Curriculum } from '../model/curriculum';
import type { LanguageCode, LocalizedText } from '../model/localized-text';
import type {
  ValidatableCurriculum,
  ValidatableOutcome,
  ValidatableUnit,
  ValidatableWorkBasedLearningPeriod,
} from '../rules/validatable-curriculum';
import {
  isWritten,
  sourceLanguageOf,
  textVersion,
  type StaleTranslation,
  type TranslationRecord,
  type TranslationState,
} from '../model/translation';

/** What holds a text: the curriculum, one of its parts by id, or a named set by code. */
export const TEXT_OWNERS = [
  'curriculum',
  'group',
  'part',
  'partial',
  'unit',
  'outcome',
  'wbl',
] as const;
export type TextOwner = (typeof TEXT_OWNERS)[number];

/**
 * One translatable text of a curriculum. `key` names it across edits, imports and XLIFF files
 * (`<owner>.<id or code>.<field>`, an XML NMTOKEN); `path` is where it is in the curriculum's JSON.
 */
export interface TranslatableText {
  readonly key: string;
  readonly path: string;
  readonly owner: TextOwner;
  readonly field: string;
  readonly text: LocalizedText;
  /** The unit it belongs to (units and outcomes), for grouping in views; null otherwise. */
  readonly unitCode: string | null;
}

/** A code as a key segment: letters, digits, `-` and `_` as they are, anything else as `:hex:`. */
function keySegment(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, (c) => `:${c.codePointAt(0)?.toString(16)}:`);
}

/** The key of a text: `unit.<id>.title`, `group.<code>.title`, `curriculum.title`. */
export function textKey(owner: TextOwner, id: string | null, field: string): string {
  return id === null ? `${owner}.${field}` : `${owner}.${keySegment(id)}.${field}`;
}

/** The parts a curriculum's texts are read from (a stored curriculum or a published snapshot). */
export type TextSource = Pick<
  ValidatableCurriculum,
  | 'title'
  | 'description'
  | 'electiveGroups'
  | 'assessmentPlan'
  | 'partialQualifications'
  | 'units'
  | 'workBasedLearning'
>;

/** The texts of a unit, of an outcome and of a work-based learning period, by field. */
const UNIT_FIELDS = (u: ValidatableUnit) => ({
  title: u.title,
  description: u.description,
  criteria: (u.assessment as Partial<ValidatableUnit['assessment']> | undefined)?.criteria,
});
const OUTCOME_FIELDS = (o: ValidatableOutcome) => ({
  text: o.text,
  criteria: o.criteria ?? {},
});
const WBL_FIELDS = (p: ValidatableWorkBasedLearningPeriod) => ({
  title: p.title,
  companyProfile: p.companyProfile,
  mentorRole: p.mentorRole,
  assessment: p.assessment,
});
/** Where a field of a unit is in the JSON when it is not the field's own name. */
const UNIT_PATHS: Readonly<Record<string, string>> = { criteria: 'assessment.criteria' };

/**
 * Every translatable text of a curriculum in document order: its title and description, the
 * titles of its elective groups, assessment parts and partial qualifications, its units with
 * their outcomes, and its work-based learning periods. ESCO labels are reference data, not ours
 * to translate, and are not among them.
 */
export function translatableTexts(c: TextSource): TranslatableText[] {
  const texts: TranslatableText[] = [];
  const add = (
    owner: TextOwner,
    id: unknown,
    fields: Readonly<Record<string, unknown>>,
    at: string,
    unitCode: unknown,
    paths: Readonly<Record<string, string>> = {},
  ) => {
    for (const [field, text] of Object.entries(fields)) {
      // Stored content is not trusted to have its shape (the exports' shape check reports it).
      if (!isTextObject(text)) continue;
      const path = `${at}${at === '' ? '' : '.'}${paths[field] ?? field}`;
      const key = textKey(owner, id === null ? null : String(id), field);
      const unit = typeof unitCode === 'string' ? unitCode : null;
      texts.push({ key, path, owner, field, text, unitCode: unit });
    }
  };
  add('curriculum', null, { title: c.title, description: c.description }, '', null);
  each(c.electiveGroups, (g, i) =>
    add('group', g.code, { title: g.title }, `electiveGroups[${i}]`, null),
  );
  each(c.assessmentPlan, (p, i) =>
    add('part', p.code, { title: p.title }, `assessmentPlan[${i}]`, null),
  );
  each(c.partialQualifications, (p, i) =>
    add('partial', p.code, { title: p.title }, `partialQualifications[${i}]`, null),
  );
  each(c.units, (u, i) => {
    add('unit', u.id, UNIT_FIELDS(u), `units[${i}]`, u.code, UNIT_PATHS);
    each(u.outcomes, (o, k) =>
      add('outcome', o.id, OUTCOME_FIELDS(o), `units[${i}].outcomes[${k}]`, u.code),
    );
  });
  each(c.workBasedLearning, (p, i) =>
    add('wbl', p.id, WBL_FIELDS(p), `workBasedLearning[${i}]`, null),
  );
  return texts;
}

/** An object of texts by language (what a stored text should be). */
function isTextObject(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` for each object of `list` with its index; anything else is passed over. */
function each<T>(list: readonly T[] | undefined, visit: (item: T, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) visit(item, i);
  });
}

/**
 * The texts of one part as the API writes it (a unit, an outcome, a period, or the curriculum's own
 * fields, any of which may be absent from a partial change), by key: what a change compares.
 */
export function partTexts(owner: TextOwner, part: unknown): Map<string, LocalizedText> {
  const texts = new Map<string, LocalizedText>();
  if (typeof part !== 'object' || part === null) return texts;
  const p = part as Record<string, unknown>;
  const put = (o: TextOwner, id: string | null, field: string, text: unknown) => {
    if (typeof text === 'object' && text !== null)
      texts.set(textKey(o, id, field), text as LocalizedText);
  };
  const id = typeof p['id'] === 'string' ? p['id'] : '';
  switch (owner) {
    case 'unit':
      put('unit', id, 'title', p['title']);
      put('unit', id, 'description', p['description']);
      put(
        'unit',
        id,
        'criteria',
        (p['assessment'] as { criteria?: unknown } | undefined)?.criteria,
      );
      // A unit as a whole (created or deleted with its outcomes) holds their texts too.
      if (Array.isArray(p['outcomes']))
        for (const outcome of p['outcomes'] as unknown[])
          for (const [key, text] of partTexts('outcome', outcome)) texts.set(key, text);
      break;
    case 'outcome':
      put('outcome', id, 'text', p['text']);
      put('outcome', id, 'criteria', p['criteria'] ?? {});
      break;
    case 'wbl':
      for (const field of ['title', 'companyProfile', 'mentorRole', 'assessment'])
        put('wbl', id, field, p[field]);
      break;
    default: {
      put('curriculum', null, 'title', p['title']);
      put('curriculum', null, 'description', p['description']);
      const named = (o: TextOwner, list: unknown) => {
        if (!Array.isArray(list)) return;
        for (const item of list as { code?: unknown; title?: unknown }[])
          if (typeof item?.code === 'string') put(o, item.code, 'title', item.title);
      };
      named('group', p['electiveGroups']);
      named('part', p['assessmentPlan']);
      named('partial', p['partialQualifications']);
    }
  }
  return texts;
}

/** A translation of a text into one language and where it stands. */
export interface TargetStatus {
  readonly text: string;
  readonly state: TranslationState;
  /** For a stale translation: the source as it read when it was made. */
  readonly translatedFrom?: string;
}

/** A text with its source and each declared language's translation. */
export interface TextTranslations extends TranslatableText {
  readonly sourceLanguage: LanguageCode;
  readonly source: string;
  readonly sourceVersion: string;
  readonly targets: Readonly<Record<LanguageCode, TargetStatus>>;
}

/** How far the translation into one language is: texts to translate, current, stale, missing. */
export interface TranslationProgress {
  readonly language: LanguageCode;
  readonly texts: number;
  readonly current: number;
  readonly stale: number;
  readonly missing: number;
}

type StatusSource = TextSource &
  Pick<Curriculum, 'primaryLanguage' | 'languages'> & {
    readonly staleTranslations?: readonly StaleTranslation[];
  };

/**
 * Every text written in some language with the state of its translation into each declared
 * language other than its source: missing when empty, stale when listed in `staleTranslations`,
 * current otherwise. Texts written in no language are left out.
 */
export function translationStatus(c: StatusSource): TextTranslations[] {
  const stale = new Map((c.staleTranslations ?? []).map((s) => [`${s.key} ${s.language}`, s]));
  const sourceOf = new Map((c.staleTranslations ?? []).map((s) => [s.key, s.sourceLanguage]));
  const result: TextTranslations[] = [];
  for (const text of translatableTexts(c)) {
    const sourceLanguage = sourceLanguageOf(
      text.text,
      c.primaryLanguage,
      c.languages,
      sourceOf.get(text.key),
    );
    if (sourceLanguage === null) continue;
    const targets: Record<LanguageCode, TargetStatus> = {};
    for (const language of c.languages) {
      if (language === sourceLanguage || language === '') continue;
      const target = text.text[language] ?? '';
      const flagged = stale.get(`${text.key} ${language}`);
      targets[language] =
        target.trim() === ''
          ? { text: target, state: 'missing' }
          : flagged !== undefined
            ? { text: target, state: 'stale', translatedFrom: flagged.translatedFrom }
            : { text: target, state: 'current' };
    }
    const source = text.text[sourceLanguage] ?? '';
    result.push({ ...text, sourceLanguage, source, sourceVersion: textVersion(source), targets });
  }
  return result;
}

/** The share of a language's texts whose translation is current, in whole percent (100 of none). */
export function percentCurrent(p: Pick<TranslationProgress, 'texts' | 'current'>): number {
  return p.texts === 0 ? 100 : Math.floor((p.current / p.texts) * 100);
}

/** The progress of each declared language but the primary one over `status`'s texts. */
export function translationProgress(
  c: Pick<Curriculum, 'primaryLanguage' | 'languages'>,
  status: readonly TextTranslations[],
): TranslationProgress[] {
  return c.languages
    .filter((language) => language !== c.primaryLanguage && language !== '')
    .map((language) => {
      const states = status.flatMap((t) => t.targets[language]?.state ?? []);
      const of = (state: TranslationState) => states.filter((s) => s === state).length;
      return {
        language,
        texts: states.length,
        current: of('current'),
        stale: of('stale'),
        missing: of('missing'),
      };
    });
}

/**
 * The translations of `c` whose source changed after they were made: a record whose source version
 * is not the version of the text's source now, for a translation that is still written.
 */
export function staleTranslationsOf(
  c: TextSource & Pick<Curriculum, 'primaryLanguage' | 'languages'>,
  records: readonly TranslationRecord[],
): StaleTranslation[] {
  if (records.length === 0) return [];
  const texts = new Map(translatableTexts(c).map((t) => [t.key, t]));
  const stale: StaleTranslation[] = [];
  for (const record of records) {
    const text = texts.get(record.key)?.text;
    if (text === undefined || !isWritten(text, record.language)) continue;
    const source = sourceLanguageOf(text, c.primaryLanguage, c.languages, record.sourceLanguage);
    if (source === null || source === record.language) continue;
    if (textVersion(text[source] ?? '') === record.sourceVersion) continue;
    stale.push({
      key: record.key,
      language: record.language,
      sourceLanguage: record.sourceLanguage,
      translatedFrom: record.sourceText,
      translatedAt: record.translatedAt,
    });
  }
  const order = new Map([...texts.keys()].map((key, i) => [key, i]));
  return stale.sort(
    (a, b) =>
      (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || a.language.localeCompare(b.language),
  );
}

/**
 * The languages in which a translation of one owner's texts needs review — the curriculum's own
 * (`id` null), a unit's, an outcome's, a group's by code — from a curriculum's `staleTranslations`,
 * for the notes of the exports (ADR 0025).
 */
export function staleLanguagesOf(
  stale: readonly StaleTranslation[] | undefined,
  owner: TextOwner,
  id: string | null,
): LanguageCode[] {
  const prefix = textKey(owner, id, '');
  const languages = (stale ?? []).filter((s) => s.key.startsWith(prefix)).map((s) => s.language);
  return [...new Set(languages)].sort();
}

/** A translation that needs review and where its text is, for the workbook's list. */
export interface TranslationToReview extends StaleTranslation {
  /** Where the text is in the curriculum's JSON (`units[2].outcomes[0].text`). */
  readonly path: string;
  readonly unitCode: string | null;
}

/** The stale translations of `c` with the place of each text, in document order. */
export function translationsToReview(
  c: TextSource & { readonly staleTranslations?: readonly StaleTranslation[] },
): TranslationToReview[] {
  const stale = c.staleTranslations ?? [];
  if (stale.length === 0) return [];
  const texts = new Map(translatableTexts(c).map((t) => [t.key, t]));
  return stale.flatMap((s) => {
    const text = texts.get(s.key);
    return text === undefined ? [] : [{ ...s, path: text.path, unitCode: text.unitCode }];
  });
}

/** What a change of texts does to the records of their translations. */
export interface RecordChanges {
  /** Records to write (insert or replace). */
  readonly put: readonly TranslationRecord[];
  /** Records to delete: of a translation emptied, or every record of a text (`language` null). */
  readonly remove: readonly { readonly key: string; readonly language: LanguageCode | null }[];
}

/**
 * The records a change of texts (by key, before and after; absent after: deleted) leaves: a
 * translation written or changed was made from the source as it is now (also when the source
 * changed with it, in the same edit); one left as it was while its source changed was made from
 * the source before — recorded now if it was not yet, so that it shows as stale; an emptied
 * translation keeps no record, nor does a deleted text.
 */
export function recordChanges(
  before: ReadonlyMap<string, LocalizedText>,
  after: ReadonlyMap<string, LocalizedText>,
  c: Pick<Curriculum, 'primaryLanguage' | 'languages'>,
  recordsOf: (key: string) => readonly TranslationRecord[],
  now: string,
): RecordChanges {
  const put: TranslationRecord[] = [];
  const remove: { key: string; language: LanguageCode | null }[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const now_ = after.get(key);
    const was = before.get(key) ?? {};
    const records = recordsOf(key);
    const source =
      now_ === undefined
        ? null
        : sourceLanguageOf(now_, c.primaryLanguage, c.languages, records[0]?.sourceLanguage);
    if (now_ === undefined || source === null) {
      if (records.length > 0 || now_ === undefined) remove.push({ key, language: null });
      continue;
    }
    const sourceText = now_[source] ?? '';
    const sourceBefore = was[source] ?? '';
    for (const language of new Set([...Object.keys(now_), ...Object.keys(was)])) {
      if (language === source) continue;
      const recorded = records.find((r) => r.language === language);
      const record = (text: string, at: string | null): TranslationRecord => ({
        key,
        language,
        sourceLanguage: source,
        sourceVersion: textVersion(text),
        sourceText: text,
        translatedAt: at,
      });
      if (!isWritten(now_, language)) {
        if (recorded !== undefined) remove.push({ key, language });
      } else if ((now_[language] ?? '') !== (was[language] ?? '')) {
        put.push(record(sourceText, now));
      } else if (sourceText !== sourceBefore && recorded === undefined) {
        put.push(record(sourceBefore, null));
      }
    }
  }
  return { put, remove };
}

/** `GET …/translations`: the texts of a working copy with their translations, and the progress. */
export interface TranslationOverview {
  readonly curriculumId: string;
  /** The curriculum's version the overview was read at. */
  readonly version: number;
  readonly primaryLanguage: LanguageCode;
  readonly languages: readonly LanguageCode[];
  readonly progress: readonly TranslationProgress[];
  readonly texts: readonly TextTranslations[];
}
