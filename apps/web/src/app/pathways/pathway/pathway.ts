import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  ESCO_SOURCE,
  type AssessmentPart,
  type ElectiveGroup,
} from '@curriculum-builder/curriculum/model';
import { catchError, of } from 'rxjs';
import { apiError } from '../../core/api/api-error';
import { ExportJobButton } from '../../core/export-job/export-job-button';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { formatNumber } from '../../core/i18n/format-number';
import { formatDate } from '../format';
import { PathwaysApi } from '../pathways-api';
import {
  buildTimeline,
  chooseContentLanguage,
  contentLanguages,
  partialsOf,
  withRule,
} from './pathway-timeline';
import { PathwayUnit } from './pathway-unit';

/**
 * A published curriculum as a learner's pathway: the qualification (with the partial
 * qualifications a learner can be certified for alone), then year by year the units, company
 * placements and parts of the examination with the ECVET points accumulated after each year, in a
 * content language the learner chooses (missing translations fall back visibly), with PDF
 * downloads in that language (background jobs, their progress shown beside their buttons).
 */
@Component({
  selector: 'cb-pathway',
  imports: [RouterLink, Localized, PathwayUnit, TPipe, ExportJobButton],
  templateUrl: './pathway.html',
  styleUrl: './pathway.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pathway {
  private readonly api = inject(PathwaysApi);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);
  /** ESCO's attribution, beside the occupation's label. */
  protected readonly escoSource = ESCO_SOURCE;

  /** The curriculum id from the route. */
  readonly id = input.required<string>();

  protected readonly curriculum = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  /**
   * Whether the timeline may render: after the frame that paints the page's head, so that a phone
   * shows the title and the description (its largest text) before it builds every year.
   */
  private readonly headPainted = signal(false);
  /** The published versions; the page works without them. */
  private readonly versions = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.versions(params).pipe(catchError(() => of([]))),
  });

  protected readonly data = computed(() =>
    this.curriculum.hasValue() ? this.curriculum.value() : undefined,
  );
  protected readonly error = computed(() => {
    const error = this.curriculum.error();
    if (error === undefined) return null;
    const { status, message } = apiError(error);
    return status === 404
      ? this.i18n.t('pathways.notFound')
      : this.i18n.t('pathways.loadError', { message });
  });

  /** The learner's choice of content language; null until they choose. */
  private readonly chosen = signal<string | null>(null);
  protected readonly language = computed(() => {
    const curriculum = this.data();
    return curriculum === undefined
      ? this.i18n.language()
      : chooseContentLanguage(curriculum, this.i18n.language(), this.chosen());
  });
  protected readonly languages = computed(() => {
    const curriculum = this.data();
    return curriculum === undefined ? [] : contentLanguages(curriculum);
  });
  protected readonly timeline = computed(() => {
    const curriculum = this.data();
    return curriculum === undefined || !this.headPainted() ? null : buildTimeline(curriculum);
  });
  /**
   * How many years of the timeline are rendered: one more in each task after the head's paint, so
   * that no single task builds every year's units (a long task that blocks a phone's input).
   */
  private readonly shownYears = signal(0);
  protected readonly years = computed(
    () => this.timeline()?.years.slice(0, this.shownYears()) ?? [],
  );
  protected readonly partials = computed(() => {
    const curriculum = this.data();
    return curriculum === undefined ? [] : partialsOf(curriculum);
  });
  private readonly unitCodes = computed(
    () => new Map((this.data()?.units ?? []).map((unit) => [unit.id, unit.code])),
  );
  private readonly groups = computed(
    () =>
      new Map((this.data()?.electiveGroups ?? []).map((group) => [group.code, withRule(group)])),
  );
  protected readonly latestVersion = computed(() => {
    const versions = this.versions.hasValue() ? this.versions.value() : [];
    return versions.reduce<(typeof versions)[number] | null>(
      (latest, version) => (latest === null || version.number > latest.number ? version : latest),
      null,
    );
  });
  protected readonly pathwayPdf = computed(() =>
    this.api.pathwayPdfUrl(this.id(), this.language()),
  );
  protected readonly documentPdf = computed(() =>
    this.api.documentPdfUrl(this.id(), this.language()),
  );

  constructor() {
    effect(() => {
      if (this.data() === undefined || untracked(this.headPainted)) return;
      // The next frame paints the head; the timeline renders in a task after it.
      const frame = globalThis.requestAnimationFrame ?? ((next: () => void) => setTimeout(next));
      frame(() => setTimeout(() => this.headPainted.set(true)));
    });
    effect(() => {
      const shown = this.shownYears();
      if (shown < (this.timeline()?.years.length ?? 0))
        setTimeout(() => this.shownYears.set(shown + 1));
    });
    effect(() => {
      const curriculum = this.data();
      if (curriculum === undefined) return;
      const { text } = pickText(curriculum.title, this.language(), curriculum.primaryLanguage);
      this.title.setTitle(`${text} · ${this.i18n.t('app.name')}`);
    });
  }

  protected chooseLanguage(code: string): void {
    this.chosen.set(code);
  }

  protected languageName(code: string): string {
    return LANGUAGE_NAMES[code] ?? code.toUpperCase();
  }

  protected number(value: number): string {
    return formatNumber(value, this.i18n.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected group(code: string | null): ElectiveGroup | null {
    return code === null ? null : (this.groups().get(code) ?? null);
  }

  protected codesOf(unitIds: readonly string[]): string {
    return unitIds
      .map((id) => this.unitCodes().get(id) ?? '')
      .filter((code) => code !== '')
      .join(', ');
  }

  /** When in its year a part of the examination takes place: a term, or the end of the year. */
  protected examWhen(part: AssessmentPart): string {
    return part.term === null
      ? this.i18n.t('pathways.exam.endOfYear')
      : this.i18n.t('pathways.exam.term', { term: part.term });
  }

  /** A part's methods in words ("Written exam, Practical task"). */
  protected examMethods(part: AssessmentPart): string {
    return part.methods.map((method) => this.i18n.t(`method.${method}`)).join(', ');
  }

  /** What a part assesses: its units' codes and how many single outcomes beyond them. */
  protected examAssesses(part: AssessmentPart): string {
    const units = this.codesOf(part.unitIds);
    const count = part.outcomeIds.length;
    if (count === 0) return units;
    const outcomes = this.i18n.t('pathways.exam.outcomes', { count });
    return units === '' ? outcomes : this.i18n.t('pathways.exam.and', { units, outcomes });
  }

  protected share(accumulated: number, total: number): number {
    return total > 0 ? Math.min(accumulated, total) : 0;
  }
}
