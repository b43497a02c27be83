import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  ESCO_SKILL_BASE,
  type CurriculumCoverage,
  type ReviewComment,
  type ReviewVerdict,
  type SkillCoverage,
} from '@curriculum-builder/curriculum';
import { apiError } from '../core/api/api-error';
import { Auth } from '../core/auth/auth';
import { formatNumber } from '../core/i18n/format-number';
import { I18n } from '../core/i18n/i18n';
import { Localized } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import { ReviewThread } from '../threads/review-thread';
import { EscoApi } from './esco-api';

/** A comment being written on a skill. */
interface GapDraft {
  readonly verdict: ReviewVerdict;
  readonly text: string;
}

/**
 * The skills coverage report of a curriculum (issue #20, point 3): the target occupation's
 * essential skills covered and missing, the share of points spent on them, a heatmap of units
 * against skills, the Industry 4.0 areas per year as bars, the linked skills the occupation does
 * not need, and (point 5) review threads on a skill, which reviewers start on a gap.
 */
@Component({
  selector: 'cb-coverage-report',
  imports: [TPipe, Localized, ReviewThread],
  templateUrl: './coverage-report.html',
  styleUrl: './coverage-report.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoverageReport {
  private readonly api = inject(EscoApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  readonly curriculumId = input.required<string>();
  /** The language of the units' titles (the content language). */
  readonly language = input('en');
  readonly primaryLanguage = input('en');
  /** Whether the caller reviews the curriculum now: reviewers comment on skills. */
  readonly reviewing = input(false);
  /** Whether threads are shown (authors and reviewers while the curriculum is reviewed). */
  readonly withThreads = input(false);
  /** Bumped by the page to load the report again (after a link was added elsewhere). */
  readonly revision = input(0);

  protected readonly report = signal<CurriculumCoverage | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly threads = signal<readonly ReviewComment[]>([]);
  protected readonly drafts = signal<Readonly<Record<string, GapDraft>>>({});
  protected readonly showAllSkills = signal(false);
  protected readonly userId = computed(() => this.auth.user()?.id ?? null);
  protected readonly verdicts: readonly ReviewVerdict[] = ['suggest-change', 'disagree', 'agree'];

  constructor() {
    effect(() => {
      this.revision();
      void this.load(this.curriculumId(), this.i18n.language(), this.withThreads());
    });
  }

  private async load(id: string, lang: string, withThreads: boolean): Promise<void> {
    try {
      const [report, threads] = await Promise.all([
        this.api.coverage(id, lang),
        withThreads ? this.api.threads(id).catch(() => []) : Promise.resolve([]),
      ]);
      this.report.set(report);
      this.threads.set(threads.filter((t) => t.targetType === 'esco-skill'));
      this.error.set(null);
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  protected readonly csvUrl = computed(() =>
    this.api.coverageCsvUrl(this.curriculumId(), this.i18n.language()),
  );
  protected readonly essential = computed(
    () => this.report()?.skills.filter((s) => s.relation === 'essential') ?? [],
  );
  protected readonly gaps = computed(() => this.essential().filter((s) => !s.covered));
  protected readonly notNeeded = computed(
    () => this.report()?.skills.filter((s) => s.relation === 'not-needed') ?? [],
  );
  /** The heatmap's columns: the essential skills, or every skill some unit develops besides. */
  protected readonly columns = computed(() => {
    const skills = this.report()?.skills ?? [];
    return this.showAllSkills()
      ? skills.filter((s) => s.relation === 'essential' || s.covered)
      : skills.filter((s) => s.relation === 'essential');
  });
  /** The largest points of one area in one year: the scale of the bars. */
  protected readonly areaScale = computed(() =>
    Math.max(1, ...(this.report()?.areas.flatMap((a) => a.byYear.map((y) => y.points)) ?? [])),
  );
  protected readonly years = computed(
    () => this.report()?.areas[0]?.byYear.map((y) => y.year) ?? [],
  );

  protected number(value: number): string {
    return formatNumber(Math.round(value * 10) / 10, this.i18n.language());
  }

  /** The points a unit spends on a skill (0 when none), and their share of its points. */
  protected cell(skill: SkillCoverage, unitId: string, unitPoints: number) {
    const points = skill.units.find((u) => u.unitId === unitId)?.points ?? 0;
    return { points, share: unitPoints === 0 ? 0 : Math.min(1, points / unitPoints) };
  }

  protected codesOf(skill: SkillCoverage): string {
    return skill.units.map((unit) => unit.code).join(', ');
  }

  protected skillId(skill: SkillCoverage): string {
    return skill.uri.startsWith(ESCO_SKILL_BASE) ? skill.uri.slice(ESCO_SKILL_BASE.length) : '';
  }

  protected threadsOf(skill: SkillCoverage): readonly ReviewComment[] {
    const id = this.skillId(skill);
    return this.threads().filter((t) => t.targetId === id);
  }

  protected draftOf(skill: SkillCoverage): GapDraft | undefined {
    return this.drafts()[skill.uri];
  }

  protected startComment(skill: SkillCoverage): void {
    this.drafts.update((all) => ({ ...all, [skill.uri]: { verdict: 'suggest-change', text: '' } }));
  }

  protected editDraft(skill: SkillCoverage, change: Partial<GapDraft>): void {
    this.drafts.update((all) => {
      const current = all[skill.uri] ?? { verdict: 'suggest-change', text: '' };
      return { ...all, [skill.uri]: { ...current, ...change } };
    });
  }

  protected cancel(skill: SkillCoverage): void {
    this.drafts.update(({ [skill.uri]: _gone, ...rest }) => rest);
  }

  protected async send(skill: SkillCoverage): Promise<void> {
    const draft = this.draftOf(skill);
    if (draft === undefined || draft.text.trim() === '') return;
    try {
      const comment = await this.api.commentOnSkill(
        this.curriculumId(),
        this.skillId(skill),
        draft.verdict,
        draft.text.trim(),
      );
      this.threads.update((threads) => [...threads, comment]);
      this.cancel(skill);
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  protected async threadChanged(): Promise<void> {
    await this.load(this.curriculumId(), this.i18n.language(), this.withThreads());
  }
}
