import {
  ESCO_OCCUPATION_PATTERN,
  ESCO_SKILL_PATTERN,
  type EscoRelation,
} from '@curriculum-builder/curriculum';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../common/csv-format';

/**
 * The ESCO subset shipped with the product (`apps/api/esco/v1.1.1`; the API's build copies it
 * beside the compiled code, so the path is the same from the sources and from `dist`).
 */
export const SHIPPED_ESCO = join(__dirname, '../../../esco/v1.1.1');

/** One concept of ESCO: an occupation or a skill, without its labels. */
export interface EscoConceptRow {
  readonly uri: string;
  readonly kind: 'occupation' | 'skill';
  readonly iscoGroup: string | null;
  readonly code: string | null;
  readonly skillType: string | null;
  readonly reuseLevel: string | null;
}

/** A concept's labels in one language: preferred, alternative (one per line), description. */
export interface EscoLabelRow {
  readonly uri: string;
  readonly language: string;
  readonly preferred: string;
  readonly alternatives: string;
  readonly description: string;
}

export interface EscoRelationRow {
  readonly occupationUri: string;
  readonly skillUri: string;
  readonly relation: EscoRelation;
}

/** An ESCO CSV download read: what the catalogue stores. */
export interface EscoDownload {
  readonly concepts: EscoConceptRow[];
  readonly labels: EscoLabelRow[];
  readonly relations: EscoRelationRow[];
  readonly languages: string[];
}

/** A download that cannot be read: what is wrong, with the file (the command line's, in English). */
export class EscoFilesError extends Error {}

const OCCUPATIONS = /^occupations_([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.csv$/;
const SKILLS = /^skills_([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.csv$/;
const RELATIONS = /^occupationSkillRelations(?:_[a-z]{2,3})?\.csv$/;

/** The records of a CSV file by its header's column names. */
function records(dir: string, file: string, required: readonly string[]): Record<string, string>[] {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseCsv(text);
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0];
    throw new EscoFilesError(`${file}, line ${first.line}: ${first.message}`);
  }
  const [header, ...rows] = parsed.records;
  const columns = header?.cells.map((c) => c.trim()) ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new EscoFilesError(`${file} has no column ${missing.join(', ')}`);
  return rows
    .filter((row) => row.cells.some((c) => c.trim() !== ''))
    .map((row) => Object.fromEntries(columns.map((c, i) => [c, row.cells[i]?.trim() ?? ''])));
}

/** Alternative labels one per line: the official files break lines, the shipped subset uses `|`. */
const alternatives = (cell: string) =>
  cell
    .split(/\r?\n|\|/)
    .map((label) => label.trim())
    .filter((label) => label !== '')
    .join('\n');

const orNull = (cell: string | undefined) => (cell === undefined || cell === '' ? null : cell);

/**
 * Reads an ESCO CSV download (the official one or the shipped subset): `occupations_<lang>.csv` and
 * `skills_<lang>.csv` in any languages, and `occupationSkillRelations[_<lang>].csv`. Concepts that
 * are not occupations or skills of ESCO, and relations to concepts the files do not hold, are left
 * out; a file without the columns it needs refuses the whole download.
 */
export function readEscoDownload(dir: string): EscoDownload {
  if (!existsSync(dir)) throw new EscoFilesError(`${dir} does not exist`);
  const files = readdirSync(dir);
  const languages = new Set<string>();
  const concepts = new Map<string, EscoConceptRow>();
  const labels: EscoLabelRow[] = [];
  const label = (row: Record<string, string>, language: string) => {
    labels.push({
      uri: row['conceptUri'],
      language,
      preferred: row['preferredLabel'],
      alternatives: alternatives(row['altLabels'] ?? ''),
      description: row['description'] ?? '',
    });
  };
  for (const file of files) {
    const occupation = OCCUPATIONS.exec(file);
    const skill = SKILLS.exec(file);
    if (occupation !== null) {
      languages.add(occupation[1]);
      for (const row of records(dir, file, ['conceptUri', 'preferredLabel'])) {
        if (!ESCO_OCCUPATION_PATTERN.test(row['conceptUri']) || row['preferredLabel'] === '')
          continue;
        concepts.set(row['conceptUri'], {
          uri: row['conceptUri'],
          kind: 'occupation',
          iscoGroup: orNull(row['iscoGroup']),
          code: orNull(row['code']),
          skillType: null,
          reuseLevel: null,
        });
        label(row, occupation[1]);
      }
    } else if (skill !== null) {
      languages.add(skill[1]);
      for (const row of records(dir, file, ['conceptUri', 'preferredLabel'])) {
        if (!ESCO_SKILL_PATTERN.test(row['conceptUri']) || row['preferredLabel'] === '') continue;
        concepts.set(row['conceptUri'], {
          uri: row['conceptUri'],
          kind: 'skill',
          iscoGroup: null,
          code: null,
          skillType: orNull(row['skillType']),
          reuseLevel: orNull(row['reuseLevel']),
        });
        label(row, skill[1]);
      }
    }
  }
  if (concepts.size === 0)
    throw new EscoFilesError(`${dir} holds no occupations_<lang>.csv or skills_<lang>.csv`);
  const relations = new Map<string, EscoRelationRow>();
  for (const file of files.filter((f) => RELATIONS.test(f))) {
    for (const row of records(dir, file, ['occupationUri', 'relationType', 'skillUri'])) {
      const relation = row['relationType'];
      if (relation !== 'essential' && relation !== 'optional') continue;
      if (concepts.get(row['occupationUri'])?.kind !== 'occupation') continue;
      if (concepts.get(row['skillUri'])?.kind !== 'skill') continue;
      relations.set(`${row['occupationUri']} ${row['skillUri']}`, {
        occupationUri: row['occupationUri'],
        skillUri: row['skillUri'],
        relation,
      });
    }
  }
  return {
    concepts: [...concepts.values()],
    labels,
    relations: [...relations.values()],
    languages: [...languages].sort(),
  };
}
