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
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { CurriculaApi } from '../curricula-api';

/**
 * Downloads of the curriculum in every format of the API's export registry (`GET
 * /api/v1/export-formats`): the PDFs in a chosen language, ELM, CASE and CSV with every language.
 * A new format of the registry appears here without a change of the web app.
 */
@Component({
  selector: 'cb-export-panel',
  imports: [TPipe],
  templateUrl: './export-panel.html',
  styleUrl: './export-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportPanel implements OnInit {
  private readonly api = inject(CurriculaApi);

  readonly curriculumId = input.required<string>();
  readonly languages = input.required<readonly string[]>();
  readonly primaryLanguage = input.required<string>();

  protected readonly formats = signal<readonly ExportFormatInfo[]>([]);
  protected readonly failed = signal(false);
  private readonly chosen = signal<string | null>(null);
  protected readonly language = computed(() => this.chosen() ?? this.primaryLanguage());
  protected readonly hasLanguageFormats = computed(() => this.formats().some((f) => f.languages));
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

  protected url(format: ExportFormatInfo): string {
    return this.api.exportUrl(
      this.curriculumId(),
      format.name,
      format.languages ? this.language() : undefined,
    );
  }
}
