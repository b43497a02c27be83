import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  INDUSTRY_40_AREAS,
  type EscoReference,
  type LibraryEntrySummary,
} from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { countryOptions } from '../../core/i18n/countries';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EscoPicker } from '../../esco/esco-picker';
import { LibraryApi, type LibraryPage } from '../library-api';
import { EntryFacts } from '../shared/entry-facts';
import { chipLabel, pageInfo, parsePoints, searchOf } from './library-query';

/** Time after the last key press before a search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The filters chosen from a list of their own: each shows as a chip with its label once set. */
type ChipFilter = 'skill' | 'occupation' | 'institution';

/** Where each chip's label is kept in the address, beside the value the API gets. */
const LABEL_PARAM: Readonly<Record<ChipFilter, string>> = {
  skill: 'skillLabel',
  occupation: 'occupationLabel',
  institution: 'institutionName',
};

/** The filters that are a text, '' when not set. */
const TEXT_FILTERS = [
  'q',
  'kind',
  'area',
  'skill',
  'occupation',
  'language',
  'institution',
  'country',
] as const;

/** A filter that is set, as its chip shows it. */
interface Chip {
  readonly label: string;
}

/**
 * The shared library's search: words, and filters by kind (units or whole curricula), EQF level,
 * ECVET points, Industry 4.0 area, ESCO skill or occupation, language, publisher and its country,
 * all on the server and kept in the address (`?q=&kind=&eqf=&minPoints=&maxPoints=&area=&skill=
 * &occupation=&language=&institution=&country=&offset=`, with the labels of the chosen skill,
 * occupation and publisher beside them for their chips), so that "back" from an entry keeps them;
 * a page of results at a time.
 */
@Component({
  selector: 'cb-library-search',
  imports: [RouterLink, Localized, TPipe, EntryFacts, EscoPicker],
  templateUrl: './library-search.html',
  styleUrls: ['../../core/layout/search-filters.css', './library-search.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibrarySearch {
  private readonly api = inject(LibraryApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);

  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly eqf = input<string>();
  readonly minPoints = input<string>();
  readonly maxPoints = input<string>();
  readonly area = input<string>();
  readonly skill = input<string>();
  readonly skillLabel = input<string>();
  readonly occupation = input<string>();
  readonly occupationLabel = input<string>();
  readonly language = input<string>();
  readonly institution = input<string>();
  readonly institutionName = input<string>();
  readonly country = input<string>();
  readonly offset = input<string>();

  protected readonly escoFilters = ['skill', 'occupation'] as const;
  protected readonly eqfLevels = [1, 2, 3, 4, 5, 6, 7, 8] as const;
  protected readonly areas = INDUSTRY_40_AREAS;
  protected readonly languages = Object.entries(LANGUAGE_NAMES);
  protected readonly search = computed(() =>
    searchOf({
      q: this.q(),
      kind: this.kind(),
      eqf: this.eqf(),
      minPoints: this.minPoints(),
      maxPoints: this.maxPoints(),
      area: this.area(),
      skill: this.skill(),
      occupation: this.occupation(),
      language: this.language(),
      institution: this.institution(),
      country: this.country(),
      offset: this.offset(),
    }),
  );
  /** The chosen skill, occupation and publisher, by their labels (the value itself without one). */
  protected readonly chips = computed(() => {
    const { skill, occupation, institution } = this.search();
    const publisher = this.items().find((item) => item.institution.id === institution);
    const chip = (value: string, label: string | undefined): Chip | null =>
      value === '' ? null : { label: chipLabel(label, value) };
    return {
      skill: chip(skill, this.skillLabel()),
      occupation: chip(occupation, this.occupationLabel()),
      institution: chip(institution, this.institutionName() ?? publisher?.institution.name),
    };
  });
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
    const search = this.search();
    return (
      search.eqf !== null ||
      search.minPoints !== null ||
      search.maxPoints !== null ||
      TEXT_FILTERS.some((name) => search[name] !== '')
    );
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
    void this.navigate({ q: this.sent || null });
  }

  protected filter(name: 'kind' | 'eqf' | 'area' | 'language' | 'country', value: string): void {
    void this.navigate({ [name]: value || null });
  }

  /**
   * A bound of ECVET points, once it is changed (or Enter is pressed in it, which then does not
   * submit the form and lose it): empty removes it, a value that is no bound is not taken.
   */
  protected points(name: 'minPoints' | 'maxPoints', event: Event): void {
    if (event instanceof KeyboardEvent) event.preventDefault();
    const field = event.target as HTMLInputElement;
    const points = parsePoints(field.value);
    if (points === null && field.value.trim() !== '') {
      field.value = String(this.search()[name] ?? '');
      return;
    }
    if (points === this.search()[name]) return;
    void this.navigate({ [name]: points });
  }

  /** A skill or occupation chosen in the ESCO picker: the filter's chip takes the focus. */
  protected pick(filter: 'skill' | 'occupation', concept: EscoReference): void {
    const label = Object.values(concept.label).find((text) => text.trim() !== '');
    const done = this.navigate({ [filter]: concept.uri, [LABEL_PARAM[filter]]: label ?? null });
    this.focusAfter(done, `#library-${filter}-chip`);
  }

  /** "More from" a publisher: only its entries. */
  protected moreFrom(institution: LibraryEntrySummary['institution']): void {
    const done = this.navigate({ institution: institution.id, institutionName: institution.name });
    this.focusAfter(done, '#library-institution-chip');
  }

  /** A chip's remove button: the filter goes, and the focus to its picker (or the search field). */
  protected unset(filter: ChipFilter): void {
    const done = this.navigate({ [filter]: null, [LABEL_PARAM[filter]]: null });
    this.focusAfter(done, filter === 'institution' ? '#library-search' : `#library-${filter}`);
  }

  protected goTo(offset: number): void {
    void this.navigate({ offset: offset || null }, false);
  }

  protected clear(): void {
    clearTimeout(this.timer);
    this.draft.set('');
    // The button goes with the filters: the focus to the search field.
    const done = this.navigate({
      q: null,
      kind: null,
      eqf: null,
      minPoints: null,
      maxPoints: null,
      area: null,
      skill: null,
      skillLabel: null,
      occupation: null,
      occupationLabel: null,
      language: null,
      institution: null,
      institutionName: null,
      country: null,
    });
    this.focusAfter(done, '#library-search');
  }

  /** Once the page shows the new search, the focus on `selector` (the control used is gone). */
  private focusAfter(navigation: Promise<boolean>, selector: string): void {
    void navigation.then(() =>
      afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
        injector: this.injector,
      }),
    );
  }

  private navigate(
    queryParams: Record<string, string | number | null>,
    firstPage = true,
  ): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: firstPage ? { ...queryParams, offset: null } : queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
