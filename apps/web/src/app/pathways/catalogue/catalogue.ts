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
import type { CurriculumSummary, Page } from '@curriculum-builder/curriculum/model';
import { apiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { PathwaysApi } from '../pathways-api';

/** Time after the last key press before a search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** The level from the `eqf` query parameter, or null when it is no EQF level. */
export function parseEqfLevel(value: string | undefined): number | null {
  const level = Number(value);
  return value !== undefined && Number.isInteger(level) && level >= 1 && level <= 8 ? level : null;
}

/** The curricula available in `language` ('' for all). */
export function filterByLanguage(
  items: readonly CurriculumSummary[],
  language: string,
): readonly CurriculumSummary[] {
  return language === '' ? items : items.filter((item) => item.languages.includes(language));
}

/**
 * Published curricula to browse: a search on title and code, filters by EQF level (on the server)
 * and content language (here), and a card per curriculum that leads to its pathway. The search and
 * the filters live in the address (`?q=&eqf=&lang=`), so that "back" from a pathway keeps them.
 */
@Component({
  selector: 'cb-catalogue',
  imports: [RouterLink, Localized, TPipe],
  templateUrl: './catalogue.html',
  styleUrls: ['../../core/layout/search-filters.css', './catalogue.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Catalogue {
  private readonly api = inject(PathwaysApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);

  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly eqf = input<string>();
  readonly lang = input<string>();

  protected readonly eqfLevels = EQF_LEVELS;
  /** The search last put into the address. */
  private sent: string | null = null;
  /**
   * What is in the search field; the search runs on `q` once typing pauses. When `q` comes back
   * as the search just sent, the field keeps what the user typed meanwhile; any other `q` (a link,
   * "clear") replaces it.
   */
  protected readonly draft = linkedSignal<string | undefined, string>({
    source: this.q,
    computation: (q, previous) =>
      previous !== undefined && (q ?? '') === this.sent ? previous.value : (q ?? ''),
  });
  protected readonly eqfLevel = computed(() => parseEqfLevel(this.eqf()));
  protected readonly language = computed(() => this.lang() ?? '');
  /** Titles in the filtered content language, else in the interface language. */
  protected readonly displayLanguage = computed(() => this.language() || this.i18n.language());

  protected readonly results = rxResource({
    params: () => ({ q: this.q() ?? '', eqfLevel: this.eqfLevel() }),
    stream: ({ params }) => this.api.list(params),
  });
  /** The last page that arrived, kept while a new search loads so the list does not flicker. */
  private readonly page = linkedSignal<
    Page<CurriculumSummary> | undefined,
    Page<CurriculumSummary> | undefined
  >({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly items = computed(() =>
    filterByLanguage(this.page()?.items ?? [], this.language()),
  );
  /** Languages to filter by: those of the loaded curricula, plus the chosen one. */
  protected readonly languages = computed(() => {
    const codes = new Set((this.page()?.items ?? []).flatMap((item) => item.languages));
    if (this.language() !== '') codes.add(this.language());
    return [...codes].sort((a, b) => this.languageName(a).localeCompare(this.languageName(b)));
  });
  protected readonly loading = computed(() => this.results.isLoading());
  protected readonly firstLoad = computed(() => this.loading() && this.page() === undefined);
  protected readonly error = computed(() => {
    const error = this.results.error();
    return error === undefined ? null : apiError(error).message;
  });
  protected readonly filtered = computed(
    () => (this.q() ?? '') !== '' || this.eqfLevel() !== null || this.language() !== '',
  );

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected languageName(code: string): string {
    return LANGUAGE_NAMES[code] ?? code.toUpperCase();
  }

  protected count(): string {
    const count = this.items().length;
    return this.i18n.t('pathways.results', { count });
  }

  protected typed(value: string): void {
    this.draft.set(value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search field: search now. */
  protected search(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.timer);
    this.sent = this.draft();
    this.navigate({ q: this.sent || null });
  }

  protected chooseEqf(value: string): void {
    this.navigate({ eqf: parseEqfLevel(value) });
  }

  protected chooseLanguage(value: string): void {
    this.navigate({ lang: value || null });
  }

  protected clear(): void {
    clearTimeout(this.timer);
    this.draft.set('');
    this.navigate({ q: null, eqf: null, lang: null });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
