import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CurriculumSummary, LibraryEntry, Unit } from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { LibraryApi } from '../library-api';

/** A unit adopted: the copy and the curriculum it went into. */
export interface Adoption {
  readonly unit: Unit;
  readonly curriculum: CurriculumSummary;
}

/**
 * The modal dialog that adopts an entry's unit: one of the school's editable curricula and the
 * version (the latest by default); for a unit of a curriculum entry, the version shown. The focus moves to its heading and Tab stays inside; Escape
 * or Cancel closes it, and the page returns the focus to the button that opened it.
 */
@Component({
  selector: 'cb-adopt-dialog',
  imports: [CdkTrapFocus, RouterLink, TPipe],
  templateUrl: './adopt-dialog.html',
  styleUrl: './adopt-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdoptDialog {
  private readonly api = inject(LibraryApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);

  readonly entry = input.required<LibraryEntry>();
  /** A unit of a curriculum entry, of the version `version` (no choice of version then). */
  readonly unit = input<{ readonly unit: Unit; readonly version: number } | null>(null);
  /** The unit was adopted. */
  readonly adopted = output<Adoption>();
  /** The dialog is to close without adopting. */
  readonly cancelled = output<void>();

  /** Null while the curricula load. */
  protected readonly curricula = signal<readonly CurriculumSummary[] | null>(null);
  protected readonly curriculumId = signal('');
  protected readonly version = linkedSignal(() => this.unit()?.version ?? this.entry().version);
  /** The code of what is adopted. */
  protected readonly code = computed(() => this.unit()?.unit.code ?? this.entry().code);
  protected readonly problem = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // Into the dialog: its heading, so that a screen reader starts with what the dialog is for.
    afterNextRender(() => host.querySelector<HTMLElement>('#adopt-title')?.focus());
    void this.load();
  }

  protected label(curriculum: CurriculumSummary): string {
    return this.i18n.t('library.curriculumLabel', {
      code: curriculum.code,
      title: pickText(curriculum.title, this.i18n.language(), curriculum.primaryLanguage).text,
      status: this.i18n.t(`status.${curriculum.status}`),
    });
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected choose(id: string): void {
    this.curriculumId.set(id);
    this.problem.set(false);
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const curriculum = this.curricula()?.find((c) => c.id === this.curriculumId());
    if (curriculum === undefined) {
      this.problem.set(true);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      // The version chosen is sent, the latest too: the copy is the version the dialog showed.
      const unit = await this.api.adopt(
        this.entry().id,
        curriculum.id,
        this.version(),
        this.unit()?.unit.id,
      );
      this.adopted.emit({ unit, curriculum });
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const curricula = await this.api.editableCurricula(this.auth.user()?.institutionId ?? null);
      this.curricula.set(curricula);
      if (curricula.length === 1) this.curriculumId.set(curricula[0].id);
    } catch (error) {
      this.curricula.set([]);
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
