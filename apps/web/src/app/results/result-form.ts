import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  ACHIEVEMENT_PLACES,
  ASSESSMENT_METHODS,
  type AchievementPlace,
  type FieldError,
} from '@curriculum-builder/curriculum';
import { I18n } from '../core/i18n/i18n';
import { pickText } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import {
  type ResultBody,
  type ResultDraft,
  type ResultField,
  type ResultMode,
  type ResultUnit,
  emptyDraft,
  resultBody,
  resultProblems,
  serverProblems,
} from './result-draft';

/**
 * The fields of one result: unit, optional learning outcome, date, method, result, grade,
 * assessor, place and its name (and, for recognised prior learning, the evidence instead of the
 * result). Each problem is said right after its field (`aria-invalid`, `aria-describedby`) and
 * the focus goes to the first one. Fields projected into it (the enrolment, the kind of result)
 * come first. The page sends the body it emits and resets the form after it was saved.
 */
@Component({
  selector: 'cb-result-form',
  imports: [TPipe],
  templateUrl: './result-form.html',
  styleUrl: './result-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultForm {
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** Makes the fields' ids unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly units = input.required<readonly ResultUnit[]>();
  readonly places = input<readonly AchievementPlace[]>(ACHIEVEMENT_PLACES);
  readonly defaultPlace = input<AchievementPlace>('home');
  /** Prefills the place's name (the host institution on a transcript). */
  readonly defaultPlaceName = input('');
  readonly mode = input<ResultMode>('assessed');
  readonly busy = input(false);
  /** Why the server refused the last body (its field errors are shown at the fields). */
  readonly error = input<string | null>(null);
  readonly fieldErrors = input<readonly FieldError[]>([]);
  /** The message key of the submit button. */
  readonly submitLabel = input('results.submit');
  readonly submitted = output<ResultBody>();

  protected readonly methods = ASSESSMENT_METHODS;
  protected readonly draft = linkedSignal<ResultDraft>(() =>
    emptyDraft(this.defaultPlace(), this.defaultPlaceName()),
  );
  private readonly localProblems = signal<Partial<Record<ResultField, string>>>({});
  /** The problems shown: the form's own checks, else the server's field errors. */
  protected readonly problems = computed<Partial<Record<ResultField, string>>>(() => ({
    ...serverProblems(this.fieldErrors()),
    ...this.localProblems(),
  }));
  protected readonly unit = computed(
    () => this.units().find((u) => u.id === this.draft().unitId) ?? null,
  );

  constructor() {
    // Server field errors arrive after a submit: the focus goes to the first one.
    effect(() => {
      if (this.fieldErrors().length > 0) untracked(() => this.focusFirstProblem());
    });
  }

  protected set<K extends ResultField>(field: K, value: ResultDraft[K]): void {
    this.draft.update((draft) => ({
      ...draft,
      [field]: value,
      ...(field === 'unitId' ? { outcomeId: '' } : {}),
    }));
    if (this.localProblems()[field] !== undefined) {
      this.localProblems.update(({ [field]: _gone, ...rest }) => rest);
    }
  }

  protected setPlace(place: AchievementPlace): void {
    this.set('place', place);
    this.set('placeName', place === this.defaultPlace() ? this.defaultPlaceName() : '');
  }

  protected unitLabel(unit: ResultUnit): string {
    const title = pickText(unit.title, this.i18n.language(), 'en').text;
    return this.i18n.t('results.unitOption', {
      code: unit.code,
      title,
      points: unit.ecvetPoints,
    });
  }

  protected outcomeLabel(text: ResultUnit['outcomes'][number]['text'], n: number): string {
    return `${n}. ${pickText(text, this.i18n.language(), 'en').text}`;
  }

  protected problemText(field: ResultField): string | null {
    const problem = this.problems()[field];
    return problem === undefined ? null : this.i18n.t(problem);
  }

  protected describedBy(field: ResultField, hint?: string): string | null {
    const ids = [
      hint ?? null,
      this.problems()[field] === undefined ? null : `${this.idPrefix()}-${field}-problem`,
    ];
    return ids.filter((id) => id !== null).join(' ') || null;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const known = this.units().some((u) => u.id === this.draft().unitId);
    const draft = known ? this.draft() : { ...this.draft(), unitId: '' };
    const problems = resultProblems(draft, this.mode());
    this.localProblems.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusFirstProblem();
      return;
    }
    this.submitted.emit(resultBody(draft, this.mode()));
  }

  /** Empties the form after the page saved the result. */
  reset(): void {
    this.draft.set(emptyDraft(this.defaultPlace(), this.defaultPlaceName()));
    this.localProblems.set({});
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}
