import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MobilitySummary, MouSummary } from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { MobilityApi } from '../mobility-api';

/** One entry of "Awaiting you": a document, where it is, and what it waits for. */
export interface AwaitingItem {
  readonly kind: 'mou' | 'agreement';
  readonly id: string;
  readonly link: readonly string[];
  readonly name: string;
  /** Message key of what awaits the caller. */
  readonly awaiting: string;
}

/** The MoUs and Learning Agreements that wait for the caller's institution, MoUs first. */
export function awaitingItems(
  mous: readonly MouSummary[],
  agreements: readonly MobilitySummary[],
): AwaitingItem[] {
  return [
    ...mous
      .filter((mou) => mou.awaitingCaller)
      .map((mou) => ({
        kind: 'mou' as const,
        id: mou.id,
        link: ['/mobility/mous', mou.id],
        name: mou.title,
        awaiting: mou.status === 'draft' ? 'mobility.awaiting.send' : 'mobility.awaiting.accept',
      })),
    ...agreements
      .filter((agreement) => agreement.awaitingCaller)
      .map((agreement) => ({
        kind: 'agreement' as const,
        id: agreement.id,
        link: ['/mobility/agreements', agreement.id],
        name: agreement.learner,
        awaiting: `mobility.awaiting.${agreement.awaiting ?? 'sign'}`,
      })),
  ];
}

/**
 * The mobility area's start: what awaits the caller's institution, the MoUs and the Learning
 * Agreements it is a party to, and (coordinators) the links to draft new ones.
 */
@Component({
  selector: 'cb-mobility-overview',
  imports: [RouterLink, TPipe],
  templateUrl: './mobility-overview.html',
  styleUrl: './mobility-overview.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MobilityOverview {
  private readonly api = inject(MobilityApi);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);

  protected readonly mous = signal<readonly MouSummary[] | null>(null);
  protected readonly agreements = signal<readonly MobilitySummary[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly awaiting = computed(() =>
    awaitingItems(this.mous() ?? [], this.agreements() ?? []),
  );
  protected readonly loaded = computed(() => this.mous() !== null && this.agreements() !== null);

  constructor() {
    void this.load();
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  private async load(): Promise<void> {
    try {
      const [mous, agreements] = await Promise.all([this.api.mous(), this.api.mobilities()]);
      this.mous.set(mous);
      this.agreements.set(agreements);
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
