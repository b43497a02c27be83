import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LearnerSummary } from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EnrolForm } from '../enrol-form/enrol-form';
import { LearnersApi } from '../learners-api';

/** The school's learners with their programmes, and the form to enrol one more. */
@Component({
  selector: 'cb-learner-list',
  imports: [RouterLink, Localized, TPipe, EnrolForm],
  templateUrl: './learner-list.html',
  styles: `
    .lead {
      max-width: 48rem;
      color: var(--cb-muted-text);
    }
    .error {
      color: var(--cb-error);
    }
    .table-wrap {
      margin-bottom: 2rem;
    }
    .programme {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnerList {
  private readonly api = inject(LearnersApi);
  protected readonly i18n = inject(I18n);

  protected readonly learners = signal<readonly LearnerSummary[] | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const learners = await this.api.learners();
      this.learners.set([...learners].sort((a, b) => a.name.localeCompare(b.name)));
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
