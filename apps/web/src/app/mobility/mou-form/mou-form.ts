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
import type { Curriculum, CurriculumSummary, Institution } from '@curriculum-builder/curriculum';
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
  type MouDraft,
  type MouField,
  type PartnerDraft,
  type PartnerField,
  emptyMou,
  emptyPartner,
  mouBody,
  mouFields,
  mouProblems,
} from './mou-draft';

type TopField = Exclude<keyof MouDraft, 'partners'>;

/**
 * A new Memorandum of Understanding: its title, curriculum, validity and assessment arrangements,
 * and the partner schools (the caller's own first) with their contacts and the units each can
 * deliver and assess. Created as a draft; the MoU's page sends it to the partners.
 */
@Component({
  selector: 'cb-mou-form',
  imports: [RouterLink, TPipe],
  templateUrl: './mou-form.html',
  styleUrls: ['../mobility-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MouForm {
  private readonly api = inject(MobilityApi);
  private readonly learners = inject(LearnersApi);
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly institutions = signal<readonly Institution[]>([]);
  protected readonly curricula = signal<readonly CurriculumSummary[]>([]);
  protected readonly curriculum = signal<Curriculum | null>(null);
  protected readonly draft = signal<MouDraft>(emptyMou(this.auth.user()?.institutionId ?? null));
  protected readonly problems = new FormProblems<MouField>('mou');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly submitDraft = draftSubmitter({
    problems: this.problems,
    busy: this.busy,
    error: this.error,
  });
  /** The school chosen to be added as a partner. */
  protected readonly toAdd = signal('');
  protected readonly ownId = computed(() => this.auth.user()?.institutionId ?? null);
  /** Schools that are not partners yet. */
  protected readonly schools = computed(() => {
    const chosen = new Set(this.draft().partners.map((p) => p.institutionId));
    return this.institutions().filter((i) => i.kind === 'school' && !chosen.has(i.id));
  });

  constructor() {
    void this.load();
  }

  protected set(field: TopField, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.problems.clear(field);
  }

  protected async chooseCurriculum(id: string): Promise<void> {
    this.set('curriculumId', id);
    // The units belong to the curriculum: a new one starts the partners' choices afresh.
    this.draft.update((draft) => ({
      ...draft,
      partners: draft.partners.map((p) => ({ ...p, unitIds: [] })),
    }));
    this.curriculum.set(null);
    if (id === '') return;
    try {
      const curriculum = await this.learners.curriculum(id);
      if (this.draft().curriculumId === id) this.curriculum.set(curriculum);
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  protected setPartner(index: number, field: Exclude<PartnerField, 'unitIds'>, value: string) {
    this.updatePartner(index, (partner) => ({ ...partner, [field]: value }));
    this.problems.clear(`partners.${index}.${field}`);
  }

  protected toggleUnit(index: number, unitId: string, on: boolean): void {
    this.updatePartner(index, (partner) => ({
      ...partner,
      unitIds: on
        ? [...partner.unitIds.filter((id) => id !== unitId), unitId]
        : partner.unitIds.filter((id) => id !== unitId),
    }));
    this.problems.clear(`partners.${index}.unitIds`);
  }

  protected addPartner(): void {
    const id = this.toAdd();
    if (id === '') return;
    this.draft.update((draft) => ({ ...draft, partners: [...draft.partners, emptyPartner(id)] }));
    this.toAdd.set('');
    this.problems.clear('partners');
    const index = this.draft().partners.length - 1;
    this.focusLater(`#mou-partner-${index}-contactName`);
  }

  protected removePartner(index: number): void {
    this.draft.update((draft) => ({
      ...draft,
      partners: draft.partners.filter((_, i) => i !== index),
    }));
    // The problems of the partners after it would be at the wrong fields now.
    this.problems.set({});
    this.focusLater('#mou-add-partner');
  }

  /** The field name of a partner's field (for its problem). */
  protected pf(index: number, field: PartnerField): MouField {
    return `partners.${index}.${field}`;
  }

  protected institution(id: string): Institution | undefined {
    return this.institutions().find((i) => i.id === id);
  }

  protected partnerName(partner: PartnerDraft): string {
    const institution = this.institution(partner.institutionId);
    return institution === undefined
      ? partner.institutionId
      : `${institution.name} (${institution.country})`;
  }

  protected curriculumLabel(curriculum: CurriculumSummary): string {
    const title = pickText(curriculum.title, this.i18n.language(), curriculum.primaryLanguage);
    return `${curriculum.code} — ${title.text}`;
  }

  protected unitLabel(unit: Curriculum['units'][number]): string {
    const title = pickText(
      unit.title,
      this.i18n.language(),
      this.curriculum()?.primaryLanguage ?? 'en',
    );
    return this.i18n.t('mobility.unitLabel', {
      code: unit.code,
      title: title.text,
      points: unit.ecvetPoints,
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    await this.submitDraft({
      problems: mouProblems(draft),
      send: async () => {
        const order = this.curriculum()?.units.map((u) => u.id) ?? [];
        const mou = await this.api.createMou(mouBody(draft, order));
        await this.router.navigate(['/mobility/mous', mou.id]);
      },
      // The partners' fields: as many as the draft has partners.
      serverFields: mouFields(draft),
    });
  }

  private updatePartner(index: number, change: (partner: PartnerDraft) => PartnerDraft): void {
    this.draft.update((draft) => ({
      ...draft,
      partners: draft.partners.map((p, i) => (i === index ? change(p) : p)),
    }));
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  private async load(): Promise<void> {
    try {
      const [institutions, curricula] = await Promise.all([
        this.api.institutions(),
        this.learners.publishedCurricula(),
      ]);
      this.institutions.set(institutions);
      this.curricula.set(curricula);
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
