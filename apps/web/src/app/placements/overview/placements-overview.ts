import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PlacementOffer, PlacementRequest } from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { errorText, sentErrorText } from '../../core/api/error-text';
import { countryName } from '../../core/i18n/countries';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { PlacementsApi } from '../placements-api';
import { replaced, sortOffers, sortRequests } from './placement-lists';
import { RequestAnswer, type RequestDecision } from './request-answer';

/**
 * An offerer's placements: its offers (status, period, places taken) with "Edit" for each and
 * "Close" for the open ones, and a link to publish a new one, and the schools' requests for them, those awaiting an
 * answer first, each with an optional answer and Accept or Decline.
 */
@Component({
  selector: 'cb-placements-overview',
  imports: [RouterLink, Localized, TPipe, RequestAnswer],
  templateUrl: './placements-overview.html',
  styleUrl: './placements-overview.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementsOverview {
  private readonly api = inject(PlacementsApi);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  private readonly offerList = signal<readonly PlacementOffer[] | null>(null);
  private readonly requestList = signal<readonly PlacementRequest[] | null>(null);
  protected readonly offers = computed(() => sortOffers(this.offerList() ?? []));
  protected readonly requests = computed(() => sortRequests(this.requestList() ?? []));
  protected readonly loaded = computed(
    () => this.offerList() !== null && this.requestList() !== null,
  );
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  /** What was done, for the live region. */
  protected readonly status = signal('');
  /** The id of the offer or request an action is on its way for. */
  protected readonly busy = signal<string | null>(null);

  constructor() {
    // Coming from the offer's form: say that it is published, or saved.
    const state = inject(Router).currentNavigation()?.extras.state;
    const published = state?.['published'];
    const saved = state?.['saved'];
    if (typeof published === 'string') {
      this.status.set(this.i18n.t('placements.published', { title: published }));
    } else if (typeof saved === 'string') {
      this.status.set(this.i18n.t('placements.saved', { title: saved }));
    }
    void this.load();
  }

  protected date(iso: string, withTime = false): string {
    return formatDate(iso, this.i18n.language(), withTime);
  }

  protected country(code: string): string {
    return countryName(code, this.i18n.language());
  }

  protected offerTitle(offer: PlacementOffer): string {
    return pickText(offer.title, this.i18n.language(), offer.languages.at(0) ?? 'en').text;
  }

  protected async close(offer: PlacementOffer): Promise<void> {
    await this.act(offer.id, `#offer-${offer.id}-title`, async () => {
      const closed = await this.api.closeOffer(offer.id, offer.version);
      this.offerList.update((list) => replaced(list ?? [], closed));
      return this.i18n.t('placements.closed', { title: this.offerTitle(closed) });
    });
  }

  protected async answer(request: PlacementRequest, decided: RequestDecision): Promise<void> {
    await this.act(request.id, `#request-${request.id}-heading`, async () => {
      const answered = await this.api.answer(request.id, decided.decision, decided.answer);
      this.requestList.update((list) => replaced(list ?? [], answered));
      // An accepted request takes places of its offer.
      this.offerList.set(await this.api.offers());
      const done = decided.decision === 'accept' ? 'accepted' : 'declined';
      return this.i18n.t(`placements.request.${done}`, { school: request.school.name });
    });
  }

  /**
   * One action at a time: on success the live region says what was done; a 409 (changed
   * meanwhile) shows what is stored now and says so; the focus goes to `focus` afterwards, the
   * buttons that had it being gone or disabled.
   */
  private async act(id: string, focus: string, send: () => Promise<string>): Promise<void> {
    if (this.busy() !== null) return;
    this.busy.set(id);
    this.actionError.set(null);
    this.status.set('');
    try {
      this.status.set(await send());
    } catch (error) {
      if (apiError(error).status === 409) {
        await this.load();
        this.actionError.set(this.i18n.t('placements.changed'));
      } else {
        this.actionError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      }
    } finally {
      this.busy.set(null);
      afterNextRender(() => this.host.querySelector<HTMLElement>(focus)?.focus(), {
        injector: this.injector,
      });
    }
  }

  private async load(): Promise<void> {
    try {
      const [offers, requests] = await Promise.all([this.api.offers(), this.api.requests()]);
      this.offerList.set(offers);
      this.requestList.set(requests);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
