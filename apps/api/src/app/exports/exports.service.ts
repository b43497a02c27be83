import type { Curriculum, Job } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain.errors';
import type { Download } from '../../infrastructure/web/cached-representations';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { EXPORT_STORE, type ExportStore, type StoredFile } from '../jobs/export-store';
import { JobHandlers } from '../jobs/job-handlers';
import type { JobContext } from '../jobs/jobs';
import { JobsService } from '../jobs/jobs.service';
import { CurriculaService, type PublishedVersion } from '../curricula';
import { CoverageService } from '../esco/coverage.service';
import type { ExportFormat } from './export-format';
import { EXPORT_FORMAT_NAMES, exportFormat } from './formats';

/** What an export job is given (JSON): the caller was allowed this when it asked. */
export interface ExportJob {
  readonly curriculumId: string;
  /** The published version; null: the working copy as it is when the job runs. */
  readonly published: PublishedVersion | null;
  readonly format: string;
  readonly language: string;
  readonly version: string;
}

export const EXPORT_JOB = 'curriculum-export';

@Injectable()
export class ExportsService implements OnModuleInit {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly coverage: CoverageService,
    private readonly jobs: JobsService,
    private readonly handlers: JobHandlers,
    @Inject(EXPORT_STORE) private readonly store: ExportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(EXPORT_JOB, (job: ExportJob, context) => this.render(job, context));
  }

  /**
   * What the caller may read (404 otherwise, see `CurriculaService.read`) in the format of that
   * name (404 for an unknown one); for formats with languages, in one of the curriculum's languages,
   * the primary one by default (400 naming `lang` otherwise). Rendered by a job (ADR 0032) that this
   * request waits for; published versions are rendered once per format and language, stored, and
   * then served from memory or the store.
   */
  export(
    caller: Caller | null,
    id: string,
    name: string,
    lang?: string,
    version?: string,
    requestId?: string,
  ): Promise<Download> {
    const { format, requested, chosen } = this.choose(name, lang, version);
    return this.curricula.exportOf(
      caller,
      id,
      `${format.name}/${requested}/${chosen}`,
      async (curriculum, published) => {
        const job = this.job(format, curriculum, published, lang, chosen);
        const stored = published === null ? null : await this.jobs.stored(publishedKey(job));
        return stored ?? this.jobs.run(caller, EXPORT_JOB, job, requestId);
      },
    );
  }

  /** The same export as a job to follow (`POST …/export/<format>`): 202 at once. */
  async submit(
    caller: Caller | null,
    id: string,
    name: string,
    lang?: string,
    version?: string,
    requestId?: string,
  ): Promise<Job> {
    const { format, chosen } = this.choose(name, lang, version);
    const { curriculum, published } = await this.curricula.readableVersion(caller, id);
    return this.jobs.submit(
      caller,
      EXPORT_JOB,
      this.job(format, curriculum, published, lang, chosen),
      requestId,
    );
  }

  /** The job itself, wherever it runs: render, store, name the file. */
  private async render(job: ExportJob, context: JobContext): Promise<StoredFile> {
    const format = exportFormat(job.format);
    if (format === undefined) throw new Error(`Unknown export format ${job.format}`);
    const key = job.published === null ? `jobs/${context.id}` : publishedKey(job);
    if (job.published !== null) {
      // Another job rendered it meanwhile.
      const stored = await this.store.head(key);
      if (stored !== null) return stored;
    }
    context.progress(5);
    const { curriculum, institution } = await this.curricula.exportSource(
      job.curriculumId,
      job.published?.number ?? null,
    );
    const input = {
      curriculum,
      institution,
      language: job.language,
      version: job.version,
      publicUrl: this.config.publicUrl,
      license: this.config.contentLicense,
      coverage: format.coverage
        ? await this.coverage.of(curriculum, curriculum.publishedVersion, job.language)
        : undefined,
      progress: (fraction: number) => context.progress(10 + fraction * 80),
    };
    context.progress(10);
    const body = await format.render(input);
    context.progress(95);
    return this.store.put(key, body, {
      contentType: contentType(format),
      fileName: format.fileName(input),
    });
  }

  private choose(
    name: string,
    lang: string | undefined,
    version: string | undefined,
  ): { format: ExportFormat; requested: string; chosen: string } {
    const format = exportFormat(name);
    if (format === undefined) {
      throw new NotFoundError(msg`Export format (one of ${EXPORT_FORMAT_NAMES.join(', ')})`, name);
    }
    if (lang !== undefined && typeof lang !== 'string') {
      // A repeated `?lang=` arrives as a list.
      throw new InvalidInputError([{ path: 'lang', message: msg`must be one language code` }]);
    }
    const requested = format.languages ? (lang?.trim().toLowerCase() ?? '') : '';
    return { format, requested, chosen: this.version(format, version) };
  }

  private job(
    format: ExportFormat,
    curriculum: Curriculum,
    published: PublishedVersion | null,
    lang: string | undefined,
    version: string,
  ): ExportJob {
    return {
      curriculumId: curriculum.id,
      published,
      format: format.name,
      language: format.languages ? this.language(curriculum, lang) : curriculum.primaryLanguage,
      version,
    };
  }

  /** One of the format's versions (400 naming `version` otherwise); '' for formats without. */
  private version(format: ExportFormat, version: string | undefined): string {
    const versions = format.versions ?? [];
    if (version === undefined || version === '') return versions[0] ?? '';
    if (typeof version !== 'string' || !versions.includes(version)) {
      throw new InvalidInputError([
        {
          path: 'version',
          message:
            versions.length === 0
              ? msg`the ${format.name} export has no versions to choose from`
              : msg`must be one of ${versions.join(', ')}`,
        },
      ]);
    }
    return version;
  }

  private language(curriculum: Curriculum, lang: string | undefined): string {
    const requested = lang?.trim();
    if (requested === undefined || requested === '') return curriculum.primaryLanguage;
    const match = curriculum.languages.find((l) => l.toLowerCase() === requested.toLowerCase());
    if (match === undefined) {
      throw new InvalidInputError([
        {
          path: 'lang',
          message: msg`must be one of the curriculum's languages: ${curriculum.languages.join(', ')}`,
        },
      ]);
    }
    return match;
  }
}

/**
 * Where a published version's export is kept, for good (published versions never change): named
 * by the version's number and its snapshot's digest.
 */
function publishedKey(job: ExportJob): string {
  const { number, digest } = job.published as PublishedVersion;
  return `published/${job.curriculumId}/${number}-${digest}/${job.format}-${job.language.toLowerCase()}-${job.version || 'default'}`;
}

/** The Content-Type a format is sent with. */
export function contentType(format: ExportFormat): string {
  return format.text ? `${format.mediaType}; charset=utf-8` : format.mediaType;
}
