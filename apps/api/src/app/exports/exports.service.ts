import type { Curriculum } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain.errors';
import { download, type Download } from '../../infrastructure/web/cached-representations';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { RenderSlots } from '../../infrastructure/shared-state/render-slots';
import { CurriculaService } from '../curricula';
import { CoverageService } from '../esco/coverage.service';
import type { ExportFormat } from './export-format';
import { EXPORT_FORMAT_NAMES, exportFormat } from './formats';

@Injectable()
export class ExportsService {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly coverage: CoverageService,
    private readonly slots: RenderSlots,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * What the caller may read (404 otherwise, see `CurriculaService.read`) in the format of that
   * name (404 for an unknown one); for formats with languages, in one of the curriculum's languages,
   * the primary one by default (400 naming `lang` otherwise). Published versions are rendered once
   * per format and language and then served from memory.
   */
  export(
    caller: Caller | null,
    id: string,
    name: string,
    lang?: string,
    version?: string,
  ): Promise<Download> {
    const format = exportFormat(name);
    if (format === undefined) {
      throw new NotFoundError(msg`Export format (one of ${EXPORT_FORMAT_NAMES.join(', ')})`, name);
    }
    if (lang !== undefined && typeof lang !== 'string') {
      // A repeated `?lang=` arrives as a list.
      throw new InvalidInputError([{ path: 'lang', message: msg`must be one language code` }]);
    }
    const requested = format.languages ? (lang?.trim().toLowerCase() ?? '') : '';
    const chosen = this.version(format, version);
    return this.curricula.exportOf(
      caller,
      id,
      `${format.name}/${requested}/${chosen}`,
      async (curriculum, institution) => {
        const language = format.languages
          ? this.language(curriculum, lang)
          : curriculum.primaryLanguage;
        const input = {
          curriculum,
          institution,
          language,
          version: chosen,
          publicUrl: this.config.publicUrl,
          license: this.config.contentLicense,
          coverage: format.coverage
            ? await this.coverage.of(curriculum, curriculum.publishedVersion, language)
            : undefined,
        };
        const body = await this.slots.run(async () => format.render(input));
        return download(body, contentType(format), format.fileName(input));
      },
    );
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

/** The Content-Type a format is sent with. */
export function contentType(format: ExportFormat): string {
  return format.text ? `${format.mediaType}; charset=utf-8` : format.mediaType;
}
