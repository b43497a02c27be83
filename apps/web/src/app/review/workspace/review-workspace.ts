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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { staleSourceOf } from '@curriculum-builder/curriculum/model';
import type {
  Curriculum,
  LocalizedText,
  ReviewComment,
  ReviewTargetType,
  ReviewVerdict,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { CoverageReport } from '../../esco/coverage-report';
import { ReviewApi } from '../review-api';
import {
  type CommentDraft,
  EMPTY_DRAFT,
  buildCommentBody,
  buildWalk,
  draftProblem,
  firstOpenStep,
  reviewProgress,
  shortcutFor,
  targetKey,
  threadsByTarget,
  withVerdict,
} from '../review-walk';
import { ReviewDecision } from './review-decision';
import { ReviewForm } from './review-form';
import { ReviewOutline } from './review-outline';
import { ReviewThread } from '../../threads/review-thread';

/** Reviewers comment while a curriculum is in review or back with its authors (as the API does). */
const COMMENTABLE = ['in-review', 'changes-requested'];

/** The two forms of the page: the current outcome, and its unit as a whole. */
export type FormScope = 'outcome' | 'unit';

interface Target {
  readonly scope: FormScope;
  readonly type: ReviewTargetType;
  readonly id: string;
  readonly key: string;
  readonly current: LocalizedText;
}

/** Which form a key press belongs to: the one that holds the focus, else the outcome's. */
function scopeOf(target: EventTarget | null): FormScope {
  const scoped =
    target instanceof Element ? target.closest('[data-scope]')?.getAttribute('data-scope') : null;
  return scoped === 'unit' ? 'unit' : 'outcome';
}

/**
 * The review of one curriculum, outcome by outcome (grouped by unit), from the keyboard: j/k or
 * →/← move, a/s/d choose the verdict, c goes to the comment, Ctrl+Enter saves. Focus moves to the
 * outcome heading on every move and a live region says where the reviewer is.
 */
@Component({
  selector: 'cb-review-workspace',
  imports: [
    RouterLink,
    Localized,
    TPipe,
    ReviewDecision,
    ReviewForm,
    ReviewOutline,
    ReviewThread,
    CoverageReport,
  ],
  templateUrl: './review-workspace.html',
  styleUrl: './review-workspace.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class ReviewWorkspace {
  private readonly api = inject(ReviewApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  /** The curriculum id, from the route. */
  readonly id = input.required<string>();

  protected readonly curriculum = signal<Curriculum | null>(null);
  /** Whether the skills coverage report is open (it loads when first opened). */
  protected readonly coverageOpen = signal(false);
  protected readonly comments = signal<readonly ReviewComment[]>([]);

  /** Whether a localized text says anything in some language. */
  protected hasText(value: LocalizedText | null | undefined): boolean {
    return Object.values(value ?? {}).some((text) => text.trim() !== '');
  }

  protected methodNames(methods: readonly string[]): string {
    return methods.length === 0
      ? this.i18n.t('review.unit.noMethods')
      : methods.map((m) => this.i18n.t(`method.${m}`)).join(', ');
  }

  /** The work-based learning periods that cover a unit (where its outcomes are practised). */
  protected periodsOf(unitId: string) {
    return this.curriculum()?.workBasedLearning.filter((p) => p.unitIds.includes(unitId)) ?? [];
  }
  /** The association's own "disagree" threads still open (approving them needs a reason). */
  protected readonly openDisagreements = computed(
    () =>
      this.comments().filter(
        (c) => !c.fromOtherAssociation && c.verdict === 'disagree' && c.status === 'open',
      ).length,
  );
  protected readonly error = signal<string | null>(null);
  protected readonly index = signal(0);
  protected readonly language = signal('en');
  protected readonly drafts = signal<Readonly<Record<string, CommentDraft>>>({});
  protected readonly problems = signal<Readonly<Record<string, string>>>({});
  protected readonly saving = signal<FormScope | null>(null);
  protected readonly announcement = signal('');

  protected readonly userId = computed(() => this.auth.user()?.id ?? null);
  protected readonly steps = computed(() => buildWalk(this.curriculum()));
  protected readonly current = computed(() => this.steps()[this.index()] ?? null);
  protected readonly progress = computed(() =>
    reviewProgress(this.steps(), this.comments(), this.userId()),
  );
  protected readonly threads = computed(() => threadsByTarget(this.comments()));
  protected readonly commentable = computed(() =>
    COMMENTABLE.includes(this.curriculum()?.status ?? ''),
  );
  protected readonly unitOutcomeCount = computed(() => this.current()?.unit.outcomes.length ?? 0);

  private readonly outcomeHeading = viewChild<ElementRef<HTMLElement>>('outcomeHeading');
  private readonly outcomeForm = viewChild<ReviewForm>('outcomeForm');
  private readonly unitForm = viewChild<ReviewForm>('unitForm');
  private readonly unitDetails = viewChild<ElementRef<HTMLDetailsElement>>('unitDetails');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected threadsOf(type: ReviewTargetType, id: string): readonly ReviewComment[] {
    return this.threads().get(targetKey(type, id)) ?? [];
  }

  protected draftOf(type: ReviewTargetType, id: string): CommentDraft {
    return this.drafts()[targetKey(type, id)] ?? EMPTY_DRAFT;
  }

  protected problemOf(type: ReviewTargetType, id: string): string | null {
    return this.problems()[targetKey(type, id)] ?? null;
  }

  protected setDraft(
    type: ReviewTargetType,
    id: string,
    change: CommentDraft | ((draft: CommentDraft) => CommentDraft),
  ): void {
    const key = targetKey(type, id);
    this.drafts.update((drafts) => ({
      ...drafts,
      [key]: typeof change === 'function' ? change(drafts[key] ?? EMPTY_DRAFT) : change,
    }));
    this.clearProblem(key);
  }

  /** The source a translation in the language read was made from, when it needs review. */
  protected staleFrom(key: string): string | null {
    return staleSourceOf(this.curriculum(), key, this.language());
  }

  protected languageName(code: string): string {
    const names: Readonly<Record<string, string | undefined>> = LANGUAGE_NAMES;
    return names[code] ?? code.toUpperCase();
  }

  protected setLanguage(code: string): void {
    this.language.set(code);
  }

  /** Moves to the outcome at `index`, puts the focus on its heading and says where we are. */
  protected go(index: number): void {
    const steps = this.steps();
    if (index < 0 || index >= steps.length) {
      this.announce(this.i18n.t(index < 0 ? 'review.announce.first' : 'review.announce.last'));
      return;
    }
    this.index.set(index);
    const step = steps[index];
    this.announce(
      this.i18n.t('review.announce.outcome', {
        n: index + 1,
        total: steps.length,
        code: step.unit.code,
      }),
    );
    this.focusLater(() => this.outcomeHeading()?.nativeElement);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.current() === null) return;
    const action = shortcutFor(event);
    if (action === null) return;
    const scope = scopeOf(event.target);
    switch (action.kind) {
      case 'next':
      case 'previous':
        event.preventDefault();
        this.go(this.index() + (action.kind === 'next' ? 1 : -1));
        return;
      case 'verdict':
        if (!this.commentable()) return;
        event.preventDefault();
        this.pickVerdict(scope, action.verdict);
        return;
      case 'comment':
        if (!this.commentable()) return;
        event.preventDefault();
        (scope === 'unit' ? this.unitForm() : this.outcomeForm())?.focusComment();
        return;
      case 'save':
        if (!this.commentable()) return;
        event.preventDefault();
        void this.save(scope);
        return;
    }
  }

  /** Saves the draft of the outcome or unit form; reports what is missing instead when incomplete. */
  protected async save(scope: FormScope): Promise<void> {
    const target = this.target(scope);
    const curriculum = this.curriculum();
    if (target === null || curriculum === null || this.saving() !== null) return;
    const draft = this.drafts()[target.key] ?? EMPTY_DRAFT;
    const problem = draftProblem(draft);
    if (problem !== null) {
      this.problems.update((all) => ({
        ...all,
        [target.key]: this.i18n.t(`review.form.${problem}`),
      }));
      return;
    }
    this.saving.set(scope);
    try {
      const body = buildCommentBody(
        target.type,
        target.id,
        draft,
        target.current,
        this.i18n.t('review.form.agreeDefault'),
      );
      const comment = await this.api.comment(curriculum.id, body);
      this.comments.update((comments) => [...comments, comment]);
      this.drafts.update(({ [target.key]: _saved, ...rest }) => rest);
      this.clearProblem(target.key);
      // The proposal fields go away with the saved draft: the focus goes back to what was reviewed.
      this.focusLater(() =>
        scope === 'unit'
          ? this.unitDetails()?.nativeElement.querySelector('summary')
          : this.outcomeHeading()?.nativeElement,
      );
      const { done, total } = this.progress();
      this.announce(
        scope === 'unit'
          ? this.i18n.t('review.announce.savedUnit', { code: this.current()?.unit.code ?? '' })
          : this.i18n.t('review.announce.saved', { done, total }),
      );
    } catch (error) {
      this.problems.update((all) => ({ ...all, [target.key]: apiError(error).message }));
    } finally {
      this.saving.set(null);
    }
  }

  protected async refreshComments(): Promise<void> {
    const curriculum = this.curriculum();
    if (curriculum === null) return;
    try {
      this.comments.set(await this.api.comments(curriculum.id));
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  protected decided(curriculum: Curriculum): void {
    this.curriculum.set(curriculum);
    this.announce(
      this.i18n.t('review.decision.done', { status: this.i18n.t(`status.${curriculum.status}`) }),
    );
  }

  private pickVerdict(scope: FormScope, verdict: ReviewVerdict): void {
    const target = this.target(scope);
    const curriculum = this.curriculum();
    if (target === null || curriculum === null) return;
    if (scope === 'unit' && !this.unitDetails()?.nativeElement.open) return;
    const draft = this.drafts()[target.key] ?? EMPTY_DRAFT;
    this.setDraft(
      target.type,
      target.id,
      withVerdict(draft, verdict, target.current, curriculum.languages),
    );
    this.announce(
      this.i18n.t('review.announce.verdict', { verdict: this.i18n.t(`review.verdict.${verdict}`) }),
    );
  }

  private target(scope: FormScope): Target | null {
    const step = this.current();
    if (step === null) return null;
    return scope === 'unit'
      ? {
          scope,
          type: 'unit',
          id: step.unit.id,
          key: targetKey('unit', step.unit.id),
          current: step.unit.title,
        }
      : {
          scope,
          type: 'outcome',
          id: step.outcome.id,
          key: targetKey('outcome', step.outcome.id),
          current: step.outcome.text,
        };
  }

  private clearProblem(key: string): void {
    if (!(key in this.problems())) return;
    this.problems.update(({ [key]: _gone, ...rest }) => rest);
  }

  private focusLater(element: () => HTMLElement | null | undefined): void {
    afterNextRender(() => element()?.focus(), { injector: this.injector });
  }

  /** Says `text` in the live region; a repeated message is changed slightly so it is read again. */
  private announce(text: string): void {
    this.announcement.update((previous) => (previous === text ? `${text}\u00a0` : text));
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      const [curriculum, comments] = await Promise.all([
        this.api.curriculum(id),
        this.api.comments(id),
      ]);
      this.curriculum.set(curriculum);
      this.comments.set(comments);
      const ui = this.i18n.language();
      this.language.set(curriculum.languages.includes(ui) ? ui : curriculum.primaryLanguage);
      this.index.set(firstOpenStep(this.steps(), this.progress().commented));
      this.title.setTitle(
        `${this.i18n.t('review.workspace.title', { code: curriculum.code })} · ${this.i18n.t('app.name')}`,
      );
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }
}
