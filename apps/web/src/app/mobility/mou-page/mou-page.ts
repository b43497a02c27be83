import {
  ChangeDetectionStrategy,
  Component,
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
import type { Mou, UnitRef } from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { MobilityApi } from '../mobility-api';
import { DecisionButtons } from '../shared/decision-buttons';
import { decisionSender } from '../shared/decision-sender';
import { HistoryList } from '../shared/history-list';
import { PdfLinks } from '../shared/pdf-links';

/**
 * One Memorandum of Understanding: its facts, the partners with their units and acceptance, the
 * PDF in the five languages, its history; Accept and Reject while it awaits the caller's school.
 */
@Component({
  selector: 'cb-mou-page',
  imports: [RouterLink, Localized, TPipe, DecisionButtons, HistoryList, PdfLinks],
  templateUrl: './mou-page.html',
  styleUrl: '../mobility-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MouPage {
  private readonly api = inject(MobilityApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  private readonly title = inject(Title);

  /** The MoU id, from the route. */
  readonly id = input.required<string>();

  protected readonly mou = signal<Mou | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly busy = signal(false);
  private readonly decision = viewChild(DecisionButtons);
  /** Sends a decision; a 409 (changed meanwhile) shows what is stored now and says so. */
  private readonly act = decisionSender({
    document: this.mou,
    busy: this.busy,
    status: this.status,
    error: this.actionError,
    statusLine: '[data-testid="mou-status"]',
    close: () => this.decision()?.close(),
    reload: (id) => this.load(id),
  });

  /** The initiator's school accepts a draft to send it to the other partners. */
  protected readonly sends = computed(() => {
    const mou = this.mou();
    return mou?.status === 'draft' && mou.initiator.id === this.auth.user()?.institutionId;
  });
  protected readonly canCreateAgreement = computed(
    () => this.mou()?.status === 'accepted' && this.auth.may('mobility.manage'),
  );
  protected readonly pdfUrl = (language: string) => this.api.mouPdfUrl(this.id(), language);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected date(iso: string, withTime = false): string {
    return formatDate(iso, this.i18n.language(), withTime);
  }

  protected unitsOf(unitIds: readonly string[]): UnitRef[] {
    return (this.mou()?.units ?? []).filter((unit) => unitIds.includes(unit.id));
  }

  protected unitLabel(unit: UnitRef): string {
    const primary = this.mou()?.curriculum.primaryLanguage ?? 'en';
    return this.i18n.t('mobility.unitLabel', {
      code: unit.code,
      title: pickText(unit.title, this.i18n.language(), primary).text,
      points: unit.ecvetPoints,
    });
  }

  protected async accept(): Promise<void> {
    await this.act('mobility.mou.accepted', (mou) => this.api.acceptMou(mou.id, mou.version));
  }

  protected async reject(reason: string): Promise<void> {
    await this.act('mobility.mou.rejected', (mou) =>
      this.api.rejectMou(mou.id, mou.version, reason),
    );
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const mou = await this.api.mou(id);
      this.mou.set(mou);
      this.title.setTitle(`${mou.title} · ${this.i18n.t('app.name')}`);
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
