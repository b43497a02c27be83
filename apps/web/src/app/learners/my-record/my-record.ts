import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LearnerRecord, MobilitySummary } from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { MobilityApi } from '../../mobility/mobility-api';
import { LearnersApi } from '../learners-api';
import { LearnerRecordView } from '../record/learner-record';

/**
 * The learner's own record (`GET /learners` answers a learner with themself) and Learning
 * Agreements, each to read and sign.
 */
@Component({
  selector: 'cb-my-record',
  imports: [RouterLink, TPipe, LearnerRecordView],
  templateUrl: './my-record.html',
  styles: `
    .error {
      color: var(--cb-error);
    }
    .agreements {
      margin-top: 2rem;
    }
    .awaiting {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRecord {
  private readonly learners = inject(LearnersApi);
  private readonly mobility = inject(MobilityApi);
  protected readonly i18n = inject(I18n);

  /** undefined while loading; null: no learner record is linked to the account. */
  protected readonly record = signal<LearnerRecord | null | undefined>(undefined);
  protected readonly error = signal<string | null>(null);
  protected readonly agreements = signal<readonly MobilitySummary[] | null>(null);
  protected readonly agreementsError = signal<string | null>(null);

  constructor() {
    void this.loadRecord();
    void this.loadAgreements();
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  private async loadRecord(): Promise<void> {
    try {
      const [me] = await this.learners.learners();
      this.record.set(me === undefined ? null : await this.learners.record(me.id));
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  private async loadAgreements(): Promise<void> {
    try {
      this.agreements.set(await this.mobility.mobilities());
    } catch (error) {
      this.agreementsError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
