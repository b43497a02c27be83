import type { LocalizedText } from '../model/localized-text';

/** The parts of a curriculum its catalogue search reads (a published snapshot has them all). */
export interface SearchableCurriculum {
  readonly code: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly occupation?: { readonly label: LocalizedText } | null;
  readonly units?: readonly {
    readonly code: string;
    readonly title: LocalizedText;
    readonly description?: LocalizedText;
    readonly outcomes?: readonly { readonly text: LocalizedText }[];
  }[];
  readonly workBasedLearning?: readonly { readonly title: LocalizedText }[];
}

/** A code as written and as words (`ZM-06` also as `ZM 06`: full-text parsers read `-06` as a number). */
const code = (value: string): string => `${value} ${value.replace(/[^\p{L}\p{N}]+/gu, ' ')}`;

const texts = (value: LocalizedText | null | undefined): string[] =>
  Object.values(value ?? {}).filter((text) => typeof text === 'string' && text.trim() !== '');

/**
 * The text the catalogue searches for a curriculum: its code, title, description and target
 * occupation, its units' codes, titles and descriptions, their outcomes and the work-based
 * learning periods, each in every language, one per line.
 */
export function searchText(curriculum: SearchableCurriculum): string {
  const lines = [
    code(curriculum.code),
    ...texts(curriculum.title),
    ...texts(curriculum.description),
    ...texts(curriculum.occupation?.label),
  ];
  for (const unit of curriculum.units ?? []) {
    lines.push(code(unit.code), ...texts(unit.title), ...texts(unit.description));
    for (const outcome of unit.outcomes ?? []) lines.push(...texts(outcome.text));
  }
  for (const period of curriculum.workBasedLearning ?? []) lines.push(...texts(period.title));
  return lines.join('\n');
}
