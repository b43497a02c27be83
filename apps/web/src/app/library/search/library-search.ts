import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { INDUSTRY_40_AREAS } from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { countryOptions } from '../../core/i18n/countries';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { LibraryApi, type LibraryPage } from '../library-api';
import { EntryFacts } from '../shared/entry-facts';
import { pageInfo, searchOf } from './library-query';

/** Time after the last key press before a search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The shared library's search: words, and filters by EQF level, Industry 4.0 area, language and
 * the publisher's country, all on the server and kept in the address (`?q=&eqf=&area=&language=
 * &country=&offset=`), so that "back" from an entry keeps them; a page of results at a time.
 */
@Component({
  selector: 'cb-library-search',
  imports: [RouterLink, Localized, TPipe, EntryFacts],
  templateUrl: './library-search.html',
  styleUrls: ['../../core/layout/search-filters.css', './library-search.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibrarySearch {
  private readonly api = inject(LibraryApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);

  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly eqf = input<string>();
  readonly area = input<string>();
  readonly language = input<string>();
  readonly country = input<string>();
  readonly offset = input<string>();

  protected readonly eqfLevels = [1, 2, 3, 4, 5, 6, 7, 8] as const;
  protected readonly areas = INDUSTRY_40_AREAS;
  protected readonly languages = Object.entries(LANGUAGE_NAMES);
  protected readonly search = computed(() =>
    searchOf({
      q: this.q(),
      eqf: this.eqf(),
      area: this.area(),
      language: this.language(),
      country: this.country(),
      offset: this.offset(),
    }),
  );
  protected readonly countries = computed(() =>
    countryOptions(this.i18n.language(), this.search().country),
  );
  /** The search last put into the address. */
  private sent: string | null = null;
  /** What is in the search field; a `q` that is not the search just sent (a link, "clear") replaces it. */
  protected readonly draft = linkedSignal<string | undefined, string>({
    source: this.q,
    computation: (q, previous) =>
      previous !== undefined && (q ?? '') === this.sent ? previous.value : (q ?? ''),
  });

  protected readonly results = rxResource({
    params: () => this.search(),
    stream: ({ params }) => this.api.search(params),
  });
  /** The last page that arrived, kept while the next one loads so that the list does not flicker. */
  private readonly page = linkedSignal<LibraryPage | undefined, LibraryPage | undefined>({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly items = computed(() => this.page()?.items ?? []);
  protected readonly paging = computed(() =>
    pageInfo(this.search().offset, this.items().length, this.page()?.total ?? 0),
  );
  protected readonly loading = computed(() => this.results.isLoading());
  protected readonly firstLoad = computed(() => this.loading() && this.page() === undefined);
  protected readonly error = computed(() => {
    const error = this.results.error();
    return error === undefined ? null : errorText((key, p) => this.i18n.t(key, p), error);
  });
  protected readonly filtered = computed(() => {
    const { q, eqf, area, language, country } = this.search();
    return q !== '' || eqf !== null || area !== '' || language !== '' || country !== '';
  });

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typed(value: string): void {
    this.draft.set(value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.submit(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search field: search now, from the first page. */
  protected submit(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.timer);
    this.sent = this.draft().trim();
    this.navigate({ q: this.sent || null });
  }

  protected filter(name: 'eqf' | 'area' | 'language' | 'country', value: string): void {
    this.navigate({ [name]: value || null });
  }

  protected goTo(offset: number): void {
    this.navigate({ offset: offset || null }, false);
  }

  protected clear(): void {
    clearTimeout(this.timer);
    this.draft.set('');
    this.navigate({ q: null, eqf: null, area: null, language: null, country: null });
  }

  private navigate(queryParams: Record<string, string | number | null>, firstPage = true): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: firstPage ? { ...queryParams, offset: null } : queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
