import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  Achievement,
  Curriculum,
  Enrolment,
  FieldError,
  LearnerRecord,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { errorText, sentErrorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';
import { pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import type { ResultBody, ResultMode, ResultUnit } from '../../results/result-draft';
import { ResultForm } from '../../results/result-form';
import { LearnersApi } from '../learners-api';
import { LearnerRecordView } from '../record/learner-record';

/**
 * A learner's record for the school's staff: the record, the results with a delete button each,
 * the Europass credential, and the form to record a result or recognise prior learning.
 */
@Component({
  selector: 'cb-learner-page',
  imports: [RouterLink, TPipe, LearnerRecordView, ResultForm],
  templateUrl: './learner-page.html',
  styleUrls: ['../../mobility/mobility-forms.css', './learner-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnerPage {
  private readonly api = inject(LearnersApi);
  private readonly i18n = inject(I18n);

  /** The learner id, from the route. */
  readonly id = input.required<string>();

  protected readonly record = signal<LearnerRecord | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly fieldErrors = signal<readonly FieldError[]>([]);
  protected readonly mode = signal<ResultMode>('assessed');
  protected readonly modes: readonly ResultMode[] = ['assessed', 'prior-learning'];
  /** The enrolment a result is recorded for (the first one by default). */
  protected readonly enrolmentId = linkedSignal(
    () => this.record()?.enrolments[0]?.enrolment.id ?? '',
  );
  private readonly curricula = signal<Readonly<Record<string, Curriculum>>>({});
  private readonly form = viewChild(ResultForm);

  protected readonly enrolment = computed(
    () => this.record()?.enrolments.find((e) => e.enrolment.id === this.enrolmentId()) ?? null,
  );
  /** The enrolment's units with their outcomes (from the curriculum; without, until it loaded). */
  protected readonly units = computed<readonly ResultUnit[]>(() => {
    const entry = this.enrolment();
    if (entry === null) return [];
    const tree = this.curricula()[entry.enrolment.curriculumId];
    return entry.units.map((unit) => ({
      id: unit.unitId,
      code: unit.code,
      title: unit.title,
      ecvetPoints: unit.ecvetPoints,
      outcomes: tree?.units.find((u) => u.id === unit.unitId)?.outcomes ?? [],
    }));
  });
  protected readonly name = computed(() => {
    const learner = this.record()?.learner;
    return learner === undefined ? '' : `${learner.givenName} ${learner.familyName}`;
  });
  protected readonly elmUrl = computed(() => this.api.elmUrl(this.id()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const curriculumId = this.enrolment()?.enrolment.curriculumId;
      if (curriculumId !== undefined) untracked(() => void this.loadCurriculum(curriculumId));
    });
  }

  protected enrolmentLabel(enrolment: Enrolment): string {
    return `${enrolment.code} — ${pickText(enrolment.title, this.i18n.language(), 'en').text}`;
  }

  protected setMode(mode: ResultMode): void {
    this.mode.set(mode);
    this.fieldErrors.set([]);
    this.saveError.set(null);
  }

  protected async save(body: ResultBody): Promise<void> {
    const enrolmentId = this.enrolmentId();
    if (enrolmentId === '' || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.fieldErrors.set([]);
    this.status.set('');
    try {
      this.record.set(await this.api.recordAchievement(this.id(), { enrolmentId, ...body }));
      this.form()?.reset();
      this.status.set(
        this.i18n.t(body.evidence === undefined ? 'learners.recorded' : 'learners.recognised'),
      );
    } catch (error) {
      const failure = apiError(error);
      this.fieldErrors.set(failure.errors);
      this.saveError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(achievement: Achievement): Promise<void> {
    this.busyId.set(achievement.id);
    this.actionError.set(null);
    this.status.set('');
    try {
      this.record.set(await this.api.deleteAchievement(this.id(), achievement.id));
      this.status.set(this.i18n.t('learners.deleted'));
    } catch (error) {
      this.actionError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      if (apiError(error).status === 404) await this.load(this.id());
    } finally {
      this.busyId.set(null);
    }
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      this.record.set(await this.api.record(id));
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  private async loadCurriculum(id: string): Promise<void> {
    if (this.curricula()[id] !== undefined) return;
    try {
      const curriculum = await this.api.curriculum(id);
      this.curricula.update((all) => ({ ...all, [id]: curriculum }));
    } catch {
      // The units stay pickable without their outcomes: results of whole units still work.
    }
  }
}
