import type {
  ContentLicense,
  Curriculum,
  CurriculumCoverage,
} from '@curriculum-builder/curriculum';

/** What a format renders: the curriculum the caller may read, where it comes from, the language. */
export interface ExportInput {
  readonly curriculum: Curriculum;
  /** The owning institution (name for covers and CASE creators, country for ELM). */
  readonly institution: { readonly name: string; readonly country: string } | null;
  /** One of the curriculum's languages (the primary one unless asked); for formats with `languages`. */
  readonly language: string;
  /** One of the format's `versions` (the first unless asked); for formats with versions. */
  readonly version: string;
  /** Where the product is reached (`PUBLIC_URL`), for identifiers that resolve (CASE URIs). */
  readonly publicUrl: string | undefined;
  /** The licence curricula are published under (`CONTENT_LICENSE`), if the deployment names one. */
  readonly license?: ContentLicense;
  /** The skills coverage report in the document's language, for formats with `coverage`. */
  readonly coverage?: CurriculumCoverage;
  /** Told how far a long render is (0 to 1), for the job's progress; formats may ignore it. */
  readonly progress?: (fraction: number) => void;
}

/**
 * One export format: its route segment, media type and file name, what it says about itself in
 * the OpenAPI document and the command line, and how it renders. The registry (`formats/index.ts`)
 * lists them; the controller, the command line, the cache and the OpenAPI document read it, so
 * adding a format is one file there plus its tests.
 */
export interface ExportFormat {
  /** `GET /api/v1/curricula/:id/export/<name>`, `npm run cli -- export <id> --format <name>`. */
  readonly name: string;
  /** The media type without parameters (OpenAPI); text formats are sent with `charset=utf-8`. */
  readonly mediaType: string;
  readonly text: boolean;
  /** What the file holds, one sentence (OpenAPI, CLI help, the web app's list). */
  readonly summary: string;
  /** Whether `?lang=` chooses the language of the document (one file per language). */
  readonly languages: boolean;
  /** The versions of the standard `?version=` chooses from, the default first (CASE: 1.1, 1.0). */
  readonly versions?: readonly string[];
  /** Whether the format shows the skills coverage report (the service computes it first). */
  readonly coverage?: boolean;
  /** Why the format may answer 422 beyond malformed content (e.g. what ELM requires). */
  readonly incomplete?: string;
  fileName(input: ExportInput): string;
  render(input: ExportInput): Promise<Buffer> | Buffer;
}
