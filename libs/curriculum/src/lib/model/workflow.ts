import type { LocalizedText } from './localized-text';

/** One published version of a curriculum (`GET …/versions`). */
export interface PublishedVersion {
  readonly number: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly code: string;
  readonly title: LocalizedText;
  readonly ecvetPoints: number;
}
