import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PlacementMatch, PlacementRequest } from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { SharingApi } from '../sharing-api';

/**
 * Beside a WBL period (issue #21, ADR 0030): the open placement offers that fit it, best first
 * with why (skills, period, language), a request for places to one of them, and the school's
 * requests for this period with the companies' answers.
 */
@Component({
  selector: 'cb-placement-matches',
  imports: [FormsModule, Localized, TPipe],
  templateUrl: './placement-matches.html',
  styleUrl: './placement-matches.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementMatches {
  private readonly api = inject(SharingApi);
  private readonly i18n = inject(I18n);
  protected readonly auth = inject(Auth);

  readonly curriculumId = input.required<string>();
  readonly wblId = input.required<string>();
  readonly lang = input.required<string>();
  readonly primary = input.required<string>();

  protected readonly matches = signal<PlacementMatch[] | null>(null);
  protected readonly requests = signal<PlacementRequest[]>([]);
  protected readonly places = signal<Readonly<Record<string, number>>>({});
  protected readonly message = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly ofPeriod = computed(() =>
    this.requests().filter((r) => r.wblId === this.wblId()),
  );

  constructor() {
    // Another period: its own matches, found again on request.
    effect(() => {
      this.wblId();
      this.matches.set(null);
      this.error.set(null);
    });
  }

  protected async find(): Promise<void> {
    this.busy.set(true);
    try {
      const [found, requests] = await Promise.all([
        this.api.matches(this.curriculumId(), this.wblId()),
        this.api.placementRequests(),
      ]);
      this.matches.set(found.items);
      this.requests.set(requests);
    } catch (error) {
      this.error.set(this.messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected placesFor(match: PlacementMatch): number {
    return this.places()[match.offer.id] ?? 1;
  }

  protected setPlaces(match: PlacementMatch, value: number): void {
    this.places.update((all) => ({ ...all, [match.offer.id]: value }));
  }

  protected async request(match: PlacementMatch): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await this.api.requestPlaces(match.offer.id, {
        curriculumId: this.curriculumId(),
        wblId: this.wblId(),
        places: this.placesFor(match),
        message: this.message().trim() || undefined,
      });
      this.requests.update((all) => [created, ...all]);
    } catch (error) {
      this.error.set(this.messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected percent(share: number): number {
    return Math.round(share * 100);
  }

  private messageOf(error: unknown): string {
    return sentErrorText((key, params) => this.i18n.t(key, params), error);
  }
}
