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
import { Router, RouterLink } from '@angular/router';
import type { LearnerSummary, Mou, MouSummary, UnitRef } from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { FormProblems } from '../../core/forms/form-problems';
import { I18n } from '../../core/i18n/i18n';
import { pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { LearnersApi } from '../../learners/learners-api';
import { MobilityApi } from '../mobility-api';
import { draftSubmitter } from '../shared/draft-submitter';
import {
  AGREEMENT_FIELDS,
  type AgreementDraft,
  type AgreementField,
  type PlacementField,
  agreementBody,
  agreementProblems,
  emptyAgreement,
} from './agreement-draft';

type TextField = 'learnerId' | 'startsOn' | 'endsOn' | 'assessment' | 'recording';

/**
 * A new Learning Agreement under an accepted MoU: the learner, the host (a partner of the MoU),
 * the period, the units the host delivers, the placement, and how results are assessed and
 * recorded. Created as a draft; its page collects the three signatures.
 */
@Component({
  selector: 'cb-agreement-form',
  imports: [RouterLink, TPipe],
  templateUrl: './agreement-form.html',
  styleUrls: ['../mobility-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementForm {
  private readonly api = inject(MobilityApi);
  private readonly learnersApi = inject(LearnersApi);
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  /** `?mou=`: the MoU to start from (the MoU page links here). */
  readonly mou = input<string>();

  protected readonly mous = signal<readonly MouSummary[]>([]);
  protected readonly learners = signal<readonly LearnerSummary[]>([]);
  protected readonly chosenMou = signal<Mou | null>(null);
  protected readonly draft = signal<AgreementDraft>(emptyAgreement());
  protected readonly problems = new FormProblems<AgreementField>('agreement', AGREEMENT_FIELDS);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly submitDraft = draftSubmitter({
    problems: this.problems,
    busy: this.busy,
    error: this.error,
  });
  protected readonly placementFields: readonly PlacementField[] = [
    'company',
    'address',
    'mentor',
    'mentorEmail',
    'hours',
  ];

  protected readonly arrangementFields = ['assessment', 'recording'] as const;

  /** The MoU's partners other than the caller's own school. */
  protected readonly hosts = computed(() =>
    (this.chosenMou()?.partners ?? []).filter(
      (p) => p.institution.id !== this.auth.user()?.institutionId,
    ),
  );
  /** The MoU's units the chosen host can deliver and assess. */
  protected readonly units = computed<readonly UnitRef[]>(() => {
    const mou = this.chosenMou();
    const host = mou?.partners.find((p) => p.institution.id === this.draft().hostInstitutionId);
    if (mou === null || host === undefined) return [];
    return mou.units.filter((u) => host.unitIds.includes(u.id));
  });

  constructor() {
    void this.load();
    effect(() => {
      const mouId = this.mou();
      if (mouId) untracked(() => void this.chooseMou(mouId));
    });
  }

  protected set(field: TextField, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.problems.clear(field);
  }

  protected setPlacement(field: PlacementField, value: string): void {
    this.draft.update((draft) => ({ ...draft, placement: { ...draft.placement, [field]: value } }));
    this.problems.clear(this.placementField(field));
  }

  protected placementField(field: PlacementField): AgreementField {
    return `placement.${field}`;
  }

  protected async chooseMou(mouId: string): Promise<void> {
    this.draft.update((draft) => ({ ...draft, mouId, hostInstitutionId: '', unitIds: [] }));
    this.problems.clear('mouId');
    this.chosenMou.set(null);
    if (mouId === '') return;
    try {
      const mou = await this.api.mou(mouId);
      if (this.draft().mouId !== mouId) return;
      this.chosenMou.set(mou);
      const hosts = this.hosts();
      if (hosts.length === 1) this.chooseHost(hosts[0].institution.id);
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  protected chooseHost(hostInstitutionId: string): void {
    this.draft.update((draft) => ({ ...draft, hostInstitutionId, unitIds: [] }));
    this.problems.clear('hostInstitutionId');
  }

  protected toggleUnit(unitId: string, on: boolean): void {
    this.draft.update((draft) => ({
      ...draft,
      unitIds: on
        ? [...draft.unitIds.filter((id) => id !== unitId), unitId]
        : draft.unitIds.filter((id) => id !== unitId),
    }));
    this.problems.clear('unitIds');
  }

  protected unitLabel(unit: UnitRef): string {
    const primary = this.chosenMou()?.curriculum.primaryLanguage ?? 'en';
    return this.i18n.t('mobility.unitLabel', {
      code: unit.code,
      title: pickText(unit.title, this.i18n.language(), primary).text,
      points: unit.ecvetPoints,
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    await this.submitDraft({
      problems: agreementProblems(draft),
      send: async () => {
        const order = this.chosenMou()?.units.map((u) => u.id) ?? [];
        const mobility = await this.api.createMobility(agreementBody(draft, order));
        await this.router.navigate(['/mobility/agreements', mobility.id]);
      },
    });
  }

  private async load(): Promise<void> {
    try {
      const [mous, learners] = await Promise.all([this.api.mous(), this.learnersApi.learners()]);
      this.mous.set(mous.filter((mou) => mou.status === 'accepted'));
      this.learners.set([...learners].sort((a, b) => a.name.localeCompare(b.name)));
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
