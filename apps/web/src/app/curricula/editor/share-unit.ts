import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  LIBRARY_LICENCE_NAMES,
  LIBRARY_LICENCES,
  type LibraryEntry,
  type LibraryLicence,
} from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { SharingApi } from '../sharing-api';

/**
 * Shares a unit of a published curriculum in the shared library (issue #21, ADR 0029), as the
 * published version has it, with a licence and keywords; again later, as its next version. Without
 * a unit: the whole curriculum as a good-practice example.
 */
@Component({
  selector: 'cb-share-unit',
  imports: [FormsModule, RouterLink, TPipe],
  template: `
    <details class="card share-unit">
      <summary>{{ (whole() ? 'editor.share.curriculumTitle' : 'editor.share.title') | t }}</summary>
      <p class="help">{{ (whole() ? 'editor.share.curriculumHelp' : 'editor.share.help') | t }}</p>
      <label [for]="'share-licence-' + key()">{{ 'editor.share.licence' | t }}</label>
      <select
        [id]="'share-licence-' + key()"
        [ngModel]="licence()"
        (ngModelChange)="licence.set($event)"
      >
        @for (option of licences; track option) {
          <option [value]="option">{{ names[option] }}</option>
        }
      </select>
      <label [for]="'share-keywords-' + key()">{{ 'editor.share.keywords' | t }}</label>
      <input
        [id]="'share-keywords-' + key()"
        [ngModel]="keywords()"
        (ngModelChange)="keywords.set($event)"
      />
      <button type="button" [disabled]="busy()" (click)="share()">
        {{ (whole() ? 'editor.share.curriculumButton' : 'editor.share.button') | t }}
      </button>
      @if (shared(); as entry) {
        <p role="status">
          {{ 'editor.share.done' | t: { version: entry.version } }}
          <a [routerLink]="['/library', entry.id]">{{ 'editor.share.open' | t }}</a>
        </p>
      }
      @if (error(); as message) {
        <p role="alert" class="error">{{ message }}</p>
      }
    </details>
  `,
  styles: `
    .share-unit {
      display: grid;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareUnit {
  private readonly api = inject(SharingApi);
  private readonly i18n = inject(I18n);

  readonly curriculumId = input.required<string>();
  /** The unit to share; null: the whole curriculum. */
  readonly unitId = input.required<string | null>();

  protected readonly whole = computed(() => this.unitId() === null);
  /** What the ids of its fields end in. */
  protected readonly key = computed(() => this.unitId() ?? 'curriculum');

  protected readonly licences = LIBRARY_LICENCES;
  protected readonly names = LIBRARY_LICENCE_NAMES;
  protected readonly licence = signal<LibraryLicence>('CC-BY-4.0');
  protected readonly keywords = signal('');
  protected readonly busy = signal(false);
  protected readonly shared = signal<LibraryEntry | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async share(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const keywords = this.keywords()
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== '');
      this.shared.set(
        await this.api.publish(this.curriculumId(), this.unitId(), this.licence(), keywords),
      );
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busy.set(false);
    }
  }
}
