import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  CURRICULUM_STATUSES,
  LIMITS,
  percentCurrent,
  type CurriculumSummary,
  type FieldError,
  type ImportPreview,
  type TranslationProgress,
  type ValidationReport,
} from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';
import { apiError } from '../../core/api/api-error';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { CurriculaApi, IMPORT_MEDIA_TYPES, type ImportFormat } from '../curricula-api';

type SortKey = 'changed' | 'title' | 'code' | 'points';
type Compare = (a: Row, b: Row) => number;

/** The orders of the table, each given how to read a title in the interface language. */
const SORTS: Record<SortKey, (title: (s: CurriculumSummary) => string) => Compare> = {
  changed: () => (a, b) => b.summary.updatedAt.localeCompare(a.summary.updatedAt),
  title: (title) => (a, b) => title(a.summary).localeCompare(title(b.summary)),
  code: () => (a, b) => a.summary.code.localeCompare(b.summary.code),
  points: () => (a, b) => b.summary.ecvetPoints - a.summary.ecvetPoints,
};

interface Row {
  readonly summary: CurriculumSummary;
  readonly errors: number | null;
  readonly warnings: number | null;
  /** How far each declared language is translated (ADR 0025); null until the report is in. */
  readonly translations: readonly TranslationProgress[] | null;
}

/** The institution's curricula with status, points, check results and last change; create and copy. */
@Component({
  selector: 'cb-dashboard',
  imports: [FormsModule, RouterLink, Localized, TPipe],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Dashboard implements OnInit {
  private readonly api = inject(CurriculaApi);
  private readonly http = inject(HttpClient);
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  protected readonly rows = signal<readonly Row[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected importFormat: ImportFormat = 'csv';
  /** What the file chooser offers for each format. */
  protected readonly accepts: Record<ImportFormat, string> = {
    csv: '.csv,text/csv',
    case: '.json,application/json',
    xlsx: `.xlsx,${IMPORT_MEDIA_TYPES.xlsx}`,
    docx: `.docx,${IMPORT_MEDIA_TYPES.docx}`,
  };
  protected readonly importing = signal(false);
  protected readonly importProblems = signal<readonly FieldError[]>([]);
  /** The checked file waiting for the teacher's confirmation, with what it would create. */
  protected readonly checked = signal<{
    readonly format: ImportFormat;
    readonly file: Blob;
    readonly preview: ImportPreview;
  } | null>(null);
  /** When the checked file is a curriculum the institution has: the update of its draft. */
  protected readonly update = computed(() => this.checked()?.preview.update ?? null);
  /** The units the update adds, removes or changes (the list shows the first `unitsShown`). */
  protected readonly changedUnits = computed(
    () => this.update()?.diff.units.filter((unit) => unit.change !== 'unchanged') ?? [],
  );
  protected readonly unitsShown = 20;
  protected readonly languageOptions = Object.entries(LANGUAGE_NAMES).slice(0, 5);
  /** The API's limits (one table in libs/curriculum). */
  protected readonly limits = LIMITS.curriculum;
  protected readonly mine = computed(
    () =>
      this.rows()?.filter((r) => r.summary.institutionId === this.auth.user()?.institutionId) ?? [],
  );
  protected readonly statuses = CURRICULUM_STATUSES;
  /** What the table shows: the search, the status filter and the order of the controls above it. */
  protected readonly view = signal({ q: '', status: '', sort: 'changed' as SortKey });
  protected readonly shown = computed(() => {
    const { q, status, sort } = this.view();
    const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const haystack = (s: CurriculumSummary) =>
      [s.code, ...Object.values(s.title)].join(' ').toLowerCase();
    return this.mine()
      .filter((r) => status === '' || r.summary.status === status)
      .filter((r) => words.every((word) => haystack(r.summary).includes(word)))
      .sort(SORTS[sort]((s) => this.titleOf(s)));
  });
  /** Published curricula to start from: the school's own and those of others (the demo too). */
  protected readonly templates = signal<readonly CurriculumSummary[]>([]);
  protected template = '';

  protected form = {
    code: '',
    title: '',
    eqfLevel: 4,
    durationMonths: 36,
    /** Blank: the ECVET convention of 60 points per year of full-time learning. */
    ecvetPoints: null as number | null,
    primaryLanguage: 'de',
    languages: ['de', 'en'],
  };

  /** 60 ECVET points per year of the full-time duration. */
  protected suggestedPoints(): number {
    return Math.max(1, Math.round((Number(this.form.durationMonths) || 12) * 5));
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.list();
      this.templates.set(page.items.filter((c) => c.status === 'published'));
      const own = page.items.filter((c) => c.institutionId === this.auth.user()?.institutionId);
      this.rows.set(
        own.map((summary) => ({ summary, errors: null, warnings: null, translations: null })),
      );
      const checked = await Promise.all(
        own.map(async (summary) => {
          const report = await firstValueFrom(
            this.http.get<ValidationReport>(`/api/v1/curricula/${summary.id}/validation`),
          ).catch(() => null);
          return {
            summary,
            errors: report?.summary.errorCount ?? null,
            warnings: report?.summary.warningCount ?? null,
            translations: report?.summary.translations ?? null,
          };
        }),
      );
      this.rows.set(checked);
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  protected toggleLanguage(code: string, on: boolean): void {
    const set = new Set(this.form.languages);
    if (on) set.add(code);
    else set.delete(code);
    this.form.languages = [...set];
  }

  protected async create(): Promise<void> {
    this.error.set(null);
    try {
      const created = await this.api.create({
        code: this.form.code.trim(),
        title: { [this.form.primaryLanguage]: this.form.title.trim() },
        eqfLevel: Number(this.form.eqfLevel),
        durationMonths: Number(this.form.durationMonths),
        ecvetPoints:
          this.form.ecvetPoints === null ? this.suggestedPoints() : Number(this.form.ecvetPoints),
        primaryLanguage: this.form.primaryLanguage,
        languages: this.form.languages,
      });
      await this.router.navigate(['/curricula', created.id]);
    } catch (error) {
      const failure = apiError(error);
      this.error.set(
        failure.errors.map((e) => `${e.path}: ${e.message}`).join('; ') || failure.message,
      );
    }
  }

  /**
   * Checks the chosen file (nothing is written): what it would create, the defaults it would use
   * and what it cannot keep, for the teacher to confirm; on 422 every problem, at its row or path.
   */
  protected async checkFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    this.error.set(null);
    this.importProblems.set([]);
    this.checked.set(null);
    if (file === undefined) {
      this.error.set(this.i18n.t('import.noFile'));
      return;
    }
    await this.importStep(async () => {
      const format = this.importFormat;
      this.checked.set({ format, file, preview: await this.api.previewImport(format, file) });
    });
  }

  /**
   * The checked file as a new draft — or, for a curriculum the institution has, as the update of
   * its draft at the version the preview was made against (409 if it changed since) — then on to it.
   */
  protected async confirmImport(): Promise<void> {
    const checked = this.checked();
    if (checked === null) return;
    const update = checked.preview.update ?? null;
    if (update?.unchanged) return;
    this.error.set(null);
    await this.importStep(async () => {
      const imported = await this.api.importFile(checked.format, checked.file, update?.version);
      this.checked.set(null);
      await this.router.navigate(['/curricula', imported.id]);
    });
  }

  protected cancelImport(): void {
    this.checked.set(null);
  }

  private async importStep(step: () => Promise<void>): Promise<void> {
    this.importing.set(true);
    try {
      await step();
    } catch (error) {
      const failure = apiError(error);
      if (failure.errors.length > 0) this.importProblems.set(failure.errors);
      else this.error.set(failure.message);
    } finally {
      this.importing.set(false);
    }
  }

  protected readonly percentOf = percentCurrent;

  protected titleOf(summary: CurriculumSummary): string {
    return (
      summary.title[this.i18n.language()] ??
      summary.title[summary.primaryLanguage] ??
      Object.values(summary.title)[0] ??
      ''
    );
  }

  protected setView(patch: Partial<ReturnType<typeof this.view>>): void {
    this.view.update((v) => ({ ...v, ...patch }));
  }

  protected async duplicate(id: string): Promise<void> {
    const copy = await this.api.duplicate(id);
    await this.router.navigate(['/curricula', copy.id]);
  }
}
