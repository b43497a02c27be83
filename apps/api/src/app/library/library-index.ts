import {
  allSkillsOf,
  type Curriculum,
  type EqfLevel,
  type Industry40Area,
  type LibraryEntryKind,
  type LibraryLicence,
  type LocalizedText,
  type Unit,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LibraryEntryEntity, LibraryVersionEntity } from './entities/library.entities';

/** What a search filters and a listing shows of an entry's latest version. */
export interface IndexedEntry extends LibraryFacts {
  readonly id: string;
  readonly kind: LibraryEntryKind;
  readonly institutionId: string;
  readonly licence: LibraryLicence;
  readonly keywords: readonly string[];
  readonly version: number;
  /** Normalised words of the code, texts and keywords: `word word …`. */
  readonly words: string;
  readonly publishedAt: string;
}

/** What the library lists and filters of a version's content (a unit's, or a curriculum's). */
export interface LibraryFacts {
  readonly units: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly eqfLevel: EqfLevel;
  /** A curriculum's total. */
  readonly ecvetPoints: number;
  /** Those of every unit, each once. */
  readonly areas: readonly Industry40Area[];
  readonly escoSkills: readonly string[];
  readonly languages: readonly string[];
}

/** The languages texts are written in, sorted. */
function languagesOf(texts: readonly LocalizedText[]): string[] {
  const keys = texts.flatMap((t) =>
    Object.entries(t)
      .filter(([, value]) => value.trim() !== '')
      .map(([language]) => language),
  );
  return [...new Set(keys)].sort();
}

const textsOf = (unit: Unit) => [unit.title, unit.description, ...unit.outcomes.map((o) => o.text)];

/** The facts of a version: its unit's, or its curriculum's with those of all the units. */
export function libraryFacts(
  content: Pick<LibraryVersionEntity, 'unit' | 'curriculum'>,
): LibraryFacts {
  const { unit, curriculum } = content;
  const whole: Pick<Curriculum, 'code' | 'title' | 'description' | 'eqfLevel' | 'ecvetPoints'> =
    curriculum ?? (unit as Unit);
  const units = curriculum?.units ?? [unit as Unit];
  return {
    units: units.length,
    code: whole.code,
    title: whole.title,
    eqfLevel: whole.eqfLevel,
    ecvetPoints: whole.ecvetPoints,
    areas: [...new Set(units.flatMap((u) => u.areas))],
    escoSkills: [...new Set(units.flatMap((u) => allSkillsOf(u).map((skill) => skill.uri)))],
    languages: languagesOf([whole.title, whole.description, ...units.flatMap(textsOf)]),
  };
}

/** An entry and its latest version as the index holds them. */
export function indexed(
  entry: Pick<
    LibraryEntryEntity,
    'id' | 'kind' | 'institutionId' | 'licence' | 'keywords' | 'latestVersion'
  >,
  latest: Pick<LibraryVersionEntity, 'unit' | 'curriculum' | 'searchText' | 'publishedAt'>,
): IndexedEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    institutionId: entry.institutionId,
    licence: entry.licence,
    keywords: entry.keywords,
    version: entry.latestVersion,
    ...libraryFacts(latest),
    words: latest.searchText,
    publishedAt: latest.publishedAt,
  };
}

/** The last change of any entry: read through an index, whatever the size of the library. */
async function lastChange(em: EntityManager): Promise<string | null> {
  // Plain SQL: this runs on every search.
  const [row] = (await em.query('SELECT MAX(updated_at) AS at FROM library_entry')) as {
    at: string | null;
  }[];
  return row?.at ?? null;
}

/** The time of a change of an entry: now, or just after the last change when that is not earlier. */
export async function nextChange(em: EntityManager, now: string): Promise<string> {
  const last = await lastChange(em);
  return last === null || now > last ? now : new Date(Date.parse(last) + 1).toISOString();
}

/** Values (words, skills) each once with the positions of the entries that have them. */
class Postings {
  readonly values: string[];
  private readonly positions: Int32Array[];

  constructor(
    entries: readonly IndexedEntry[],
    valuesOf: (entry: IndexedEntry) => Iterable<string>,
  ) {
    const lists = new Map<string, number[]>();
    entries.forEach((entry, position) => {
      for (const value of new Set(valuesOf(entry))) {
        if (value === '') continue;
        const list = lists.get(value);
        if (list === undefined) lists.set(value, [position]);
        else list.push(position);
      }
    });
    this.values = [...lists.keys()].sort();
    this.positions = this.values.map((value) => Int32Array.from(lists.get(value) ?? []));
  }

  /** The first value not before `value` in the sorted values. */
  private lowerBound(value: string): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Raises `counts[p]` from `k` to `k + 1` for each entry that has a value starting with `prefix`
   * (or equal to it): counted once however many of its values do.
   */
  mark(counts: Uint16Array, k: number, prefix: string, exact = false): void {
    for (let i = this.lowerBound(prefix); i < this.values.length; i++) {
      const value = this.values[i];
      if (exact ? value !== prefix : !value.startsWith(prefix)) break;
      for (const position of this.positions[i])
        if (counts[position] === k) counts[position] = k + 1;
    }
  }
}

/** What a search asks for; every part optional. */
export interface LibraryFilter {
  /** Normalised query words: each starts a word of the entry. */
  readonly words: readonly string[];
  /** Whether the caller sees the members-only entries of a publisher. */
  readonly seesMembersOnlyOf: (institutionId: string) => boolean;
  readonly kind?: LibraryEntryKind;
  readonly eqf?: number;
  readonly minPoints?: number;
  readonly maxPoints?: number;
  readonly area?: string;
  readonly language?: string;
  /** Sets of ESCO skills (the one asked for; those an occupation needs): one of each. */
  readonly skillSets: readonly (readonly string[])[];
  /** Publishers: one of these. */
  readonly publishers?: ReadonlySet<string>;
}

/**
 * The index as built at one revision: the entries newest first, their words and skills as
 * postings, and every other fact a search tests in flat arrays by position, so that a search
 * touches no entry object but those it returns.
 */
export class LibraryIndexState {
  private readonly words: Postings;
  private readonly skills: Postings;
  private readonly open: Uint8Array;
  /** 1 for a curriculum. */
  private readonly wholeCurriculum: Uint8Array;
  private readonly publisher: Int32Array;
  private readonly publishers: readonly string[];
  private readonly eqf: Uint8Array;
  private readonly points: Float64Array;
  /** Bit `i` of an entry's mask: it has the `i`th area, or language. */
  private readonly areaBits: Map<string, number>;
  private readonly areas: Uint32Array;
  private readonly languageBits: Map<string, number>;
  private readonly languages: Uint32Array;

  constructor(readonly entries: readonly IndexedEntry[]) {
    this.words = new Postings(entries, (e) => e.words.split(' '));
    this.skills = new Postings(entries, (e) => e.escoSkills);
    const codes = new Map<string, number>();
    for (const entry of entries)
      if (!codes.has(entry.institutionId)) codes.set(entry.institutionId, codes.size);
    this.publishers = [...codes.keys()];
    this.open = Uint8Array.from(entries, (e) => (e.licence === 'CC-BY-4.0' ? 1 : 0));
    this.wholeCurriculum = Uint8Array.from(entries, (e) => (e.kind === 'curriculum' ? 1 : 0));
    this.publisher = Int32Array.from(entries, (e) => codes.get(e.institutionId) ?? 0);
    this.eqf = Uint8Array.from(entries, (e) => e.eqfLevel);
    this.points = Float64Array.from(entries, (e) => e.ecvetPoints);
    [this.areaBits, this.areas] = bitmasks(entries, (e) => e.areas);
    [this.languageBits, this.languages] = bitmasks(entries, (e) => e.languages);
  }

  /** How many entries match, and those from `offset` (at most `limit`), newest first. */
  search(
    filter: LibraryFilter,
    offset: number,
    limit: number,
  ): { total: number; page: IndexedEntry[] } {
    const seen = Uint8Array.from(this.publishers, (id) =>
      (filter.publishers === undefined || filter.publishers.has(id)) && filter.seesMembersOnlyOf(id)
        ? 2
        : filter.publishers === undefined || filter.publishers.has(id)
          ? 1
          : 0,
    );
    // Postings first: each word, then each set of skills raises the count of the entries that
    // have it; an entry must reach `needed`.
    const { words, skillSets } = filter;
    const needed = words.length + skillSets.length;
    const counts = needed === 0 ? null : new Uint16Array(this.entries.length);
    if (counts !== null) {
      words.forEach((word, k) => this.words.mark(counts, k, word));
      skillSets.forEach((skills, j) => {
        for (const skill of skills) this.skills.mark(counts, words.length + j, skill, true);
      });
    }
    const bit = (bits: Map<string, number>, key: string | undefined) =>
      key === undefined ? 0 : (bits.get(key) ?? -1);
    const area = bit(this.areaBits, filter.area);
    const language = bit(this.languageBits, filter.language);
    if (area === -1 || language === -1) return { total: 0, page: [] };
    const { eqf, minPoints, maxPoints } = filter;
    const curricula = filter.kind === undefined ? -1 : filter.kind === 'curriculum' ? 1 : 0;
    const page: IndexedEntry[] = [];
    let total = 0;
    for (let p = 0; p < this.entries.length; p++) {
      if (counts !== null && counts[p] !== needed) continue;
      // 0: another publisher than asked for; 1: only if open; 2: seen.
      const seenHere = seen[this.publisher[p]];
      if (seenHere === 0 || (seenHere === 1 && this.open[p] === 0)) continue;
      if (curricula !== -1 && this.wholeCurriculum[p] !== curricula) continue;
      if (eqf !== undefined && this.eqf[p] !== eqf) continue;
      if (minPoints !== undefined && this.points[p] < minPoints) continue;
      if (maxPoints !== undefined && this.points[p] > maxPoints) continue;
      if (area !== 0 && (this.areas[p] & area) === 0) continue;
      if (language !== 0 && (this.languages[p] & language) === 0) continue;
      if (total >= offset && page.length < limit) page.push(this.entries[p]);
      total++;
    }
    return { total, page };
  }
}

/** Per entry a bit mask of its values (at most 32 different ones: areas, languages). */
function bitmasks(
  entries: readonly IndexedEntry[],
  valuesOf: (entry: IndexedEntry) => readonly string[],
): [Map<string, number>, Uint32Array] {
  const bits = new Map<string, number>();
  const masks = Uint32Array.from(entries, (entry) => {
    let mask = 0;
    for (const value of valuesOf(entry)) {
      if (!bits.has(value) && bits.size < 32) bits.set(value, 2 ** bits.size);
      mask |= bits.get(value) ?? 0;
    }
    return mask >>> 0;
  });
  return [bits, masks];
}

/**
 * The library's entries, latest versions only, in memory and newest first (ADR 0029, "Speed"):
 * a search filters this list through postings and flat arrays instead of reading every
 * version's unit from the database. Each read compares the entries' last change with the one the
 * index was built at and rebuilds on a difference (every publication, new licence or keywords
 * gives its entry an `updated_at` later than any before: `nextChange`), so a publication on
 * another instance is seen by the next search here.
 */
@Injectable()
export class LibraryIndex {
  private built: { revision: string | null; state: LibraryIndexState } | null = null;

  /** The index as of the database `em` reads. */
  async current(em: EntityManager): Promise<LibraryIndexState> {
    const revision = await lastChange(em);
    if (this.built === null || this.built.revision !== revision) {
      this.built = { revision, state: new LibraryIndexState(await this.build(em)) };
    }
    return this.built.state;
  }

  private async build(em: EntityManager): Promise<IndexedEntry[]> {
    const rows = await em
      .createQueryBuilder(LibraryEntryEntity, 'e')
      .innerJoin(LibraryVersionEntity, 'v', 'v.entry_id = e.id AND v.number = e.latest_version')
      .select([
        'e.id AS id',
        'e.kind AS kind',
        'e.institution_id AS "institutionId"',
        'e.licence AS licence',
        'e.keywords AS keywords',
        'e.latest_version AS version',
        'v.unit AS unit',
        'v.curriculum AS curriculum',
        'v.search_text AS "searchText"',
        'v.published_at AS "publishedAt"',
      ])
      .getRawMany<{
        id: string;
        kind: LibraryEntryKind;
        institutionId: string;
        licence: LibraryLicence;
        keywords: string;
        version: number | string;
        unit: string | null;
        curriculum: string | null;
        searchText: string;
        publishedAt: string;
      }>();
    return rows
      .map((row) =>
        indexed(
          {
            id: row.id,
            kind: row.kind,
            institutionId: row.institutionId,
            licence: row.licence,
            keywords: JSON.parse(row.keywords) as string[],
            latestVersion: Number(row.version),
          },
          {
            unit: row.unit === null ? null : (JSON.parse(row.unit) as Unit),
            curriculum: row.curriculum === null ? null : (JSON.parse(row.curriculum) as Curriculum),
            searchText: row.searchText,
            publishedAt: row.publishedAt,
          },
        ),
      )
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  }
}
