import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { isDiscussable, type Curriculum } from '@curriculum-builder/curriculum';
import { apiError } from '../core/api/api-error';
import { Auth } from '../core/auth/auth';
import { I18n } from '../core/i18n/i18n';
import { Localized } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import { CurriculaApi } from '../curricula/curricula-api';
import { CoverageReport } from './coverage-report';

/**
 * `/curricula/:id/coverage`: the skills coverage report of a curriculum (issue #20), for whoever
 * may read it; its reviewers comment on gaps, its authors read and answer those threads.
 */
@Component({
  selector: 'cb-coverage-page',
  imports: [RouterLink, TPipe, Localized, CoverageReport],
  template: `
    <p class="crumb">
      <a [routerLink]="['/curricula', id()]">← {{ 'coverage.back' | t }}</a>
    </p>
    @if (error(); as message) {
      <p class="error" role="alert">{{ 'common.error' | t: { message } }}</p>
    }
    @if (curriculum(); as c) {
      <h1>
        {{ 'coverage.heading' | t: { code: c.code } }}
        <small
          ><cb-localized [value]="c.title" [language]="language()" [primary]="c.primaryLanguage"
        /></small>
      </h1>
      <cb-coverage-report
        [curriculumId]="c.id"
        [language]="language()"
        [primaryLanguage]="c.primaryLanguage"
        [reviewing]="reviewing()"
        [withThreads]="withThreads()"
      />
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
    }
    h1 small {
      display: block;
      font-size: 0.6em;
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoveragePage implements OnInit {
  private readonly api = inject(CurriculaApi);
  private readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  /** The curriculum's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly curriculum = signal<Curriculum | null>(null);
  protected readonly error = signal<string | null>(null);
  /** The content language: the interface's when the curriculum has it, else its primary one. */
  protected readonly language = computed(() => {
    const c = this.curriculum();
    const ui = this.i18n.language();
    return c === null || c.languages.includes(ui) ? ui : c.primaryLanguage;
  });
  /** Threads on skills are shown while the curriculum is discussed, to its authors and reviewers. */
  protected readonly withThreads = computed(() => {
    const c = this.curriculum();
    const role = this.auth.role();
    return c !== null && isDiscussable(c.status) && (role === 'author' || role === 'reviewer');
  });
  protected readonly reviewing = computed(
    () => this.withThreads() && this.auth.role() === 'reviewer',
  );

  async ngOnInit(): Promise<void> {
    try {
      this.curriculum.set(await this.api.get(this.id()));
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }
}
