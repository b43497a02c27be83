import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import type { ExportFormatInfo } from '@curriculum-builder/curriculum';
import { ExportJobButton } from '../../core/export-job/export-job-button';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { CurriculaApi } from '../curricula-api';

/**
 * Downloads of the curriculum in every format of the API's export registry (`GET
 * /api/v1/export-formats`): the PDFs in a chosen language, ELM, CASE and CSV with every language.
 * A new format of the registry appears here without a change of the web app. Each download is a
 * background job (`POST …/export/<format>`) with its progress shown beside its button.
 */
@Component({
  selector: 'cb-export-panel',
  imports: [TPipe, ExportJobButton],
  templateUrl: './export-panel.html',
  styleUrl: './export-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportPanel implements OnInit {
  private readonly api = inject(CurriculaApi);
  private readonly i18n = inject(I18n);

  readonly curriculumId = input.required<string>();
  readonly languages = input.required<readonly string[]>();
  readonly primaryLanguage = input.required<string>();

  protected readonly formats = signal<readonly ExportFormatInfo[]>([]);
  protected readonly failed = signal(false);
  private readonly chosen = signal<string | null>(null);
  protected readonly language = computed(() => this.chosen() ?? this.primaryLanguage());
  protected readonly hasLanguageFormats = computed(() => this.formats().some((f) => f.languages));
  /** One button per format, and one more per older version of a standard (CASE 1.0 beside 1.1). */
  protected readonly links = computed(() =>
    this.formats().flatMap((format) => [
      { format, version: undefined as string | undefined },
      ...format.versions.slice(1).map((version) => ({ format, version })),
    ]),
  );
  protected readonly languageNames: Readonly<Record<string, string | undefined>> = LANGUAGE_NAMES;

  async ngOnInit(): Promise<void> {
    try {
      this.formats.set(await this.api.exportFormats());
    } catch {
      this.failed.set(true);
    }
  }

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }

  /** The format's name, and for an older version of its standard which one. */
  protected label(format: ExportFormatInfo, version?: string): string {
    const name = this.i18n.t(`export.format.${format.name}`);
    return version === undefined ? name : `${name} ${this.i18n.t('export.version', { version })}`;
  }

  protected url(format: ExportFormatInfo, version?: string): string {
    return this.api.exportUrl(
      this.curriculumId(),
      format.name,
      format.languages ? this.language() : undefined,
      version,
    );
  }
}
