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
import type { Mobility, Signature, UnitRef } from '@curriculum-builder/curriculum';
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
import { TranscriptPanel } from '../transcript/transcript-panel';

/** The statuses in which the parties sign (or reject) a Learning Agreement. */
const SIGNING = ['draft', 'proposed'];
/** The statuses from which the agreement has a Personal Transcript. */
const WITH_TRANSCRIPT = ['signed', 'transcript-issued', 'completed'];

/**
 * One Learning Agreement, for its three parties (home school, host, learner): the facts, units,
 * placement, signatures, PDF and history; Sign and Reject while it awaits the caller's signature;
 * below, its Personal Transcript.
 */
@Component({
  selector: 'cb-agreement-page',
  imports: [RouterLink, Localized, TPipe, DecisionButtons, HistoryList, PdfLinks, TranscriptPanel],
  templateUrl: './agreement-page.html',
  styleUrls: ['../mobility-page.css', './agreement-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementPage {
  private readonly api = inject(MobilityApi);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  private readonly title = inject(Title);

  /** The mobility id, from the route. */
  readonly id = input.required<string>();

  protected readonly mobility = signal<Mobility | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly busy = signal(false);
  private readonly decision = viewChild(DecisionButtons);
  /** Sends a decision; a 409 (changed meanwhile) shows what is stored now and says so. */
  private readonly act = decisionSender({
    document: this.mobility,
    busy: this.busy,
    status: this.status,
    error: this.actionError,
    statusLine: '[data-testid="agreement-status"]',
    close: () => this.decision()?.close(),
    reload: (id) => this.load(id),
  });

  /** Staff go back to the mobility area, a learner to the own record. */
  protected readonly back = computed(() =>
    this.auth.may('mobility.read')
      ? { link: '/mobility', label: 'mobility.back' }
      : { link: '/my-record', label: 'mobility.backToRecord' },
  );
  protected readonly canSign = computed(() => {
    const mobility = this.mobility();
    return mobility !== null && mobility.awaitingCaller && SIGNING.includes(mobility.status);
  });
  protected readonly hasTranscript = computed(() =>
    WITH_TRANSCRIPT.includes(this.mobility()?.status ?? ''),
  );
  protected readonly pdfUrl = (language: string) => this.api.mobilityPdfUrl(this.id(), language);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected date(iso: string, withTime = false): string {
    return formatDate(iso, this.i18n.language(), withTime);
  }

  /** Who signs for a party: the home school, the host institution, the learner. */
  protected partyName(mobility: Mobility, signature: Signature): string {
    if (signature.party === 'learner') return mobility.learner.name;
    return signature.party === 'home' ? mobility.home.name : mobility.host.name;
  }

  protected unitLabel(unit: UnitRef): string {
    const primary = this.mobility()?.curriculum.primaryLanguage ?? 'en';
    return this.i18n.t('mobility.unitLabel', {
      code: unit.code,
      title: pickText(unit.title, this.i18n.language(), primary).text,
      points: unit.ecvetPoints,
    });
  }

  /** The single outcomes of a unit agreed on (when not all of it is achieved abroad). */
  protected agreedOutcomes(mobility: Mobility, unit: UnitRef): UnitRef['outcomes'] {
    return unit.outcomes.filter((outcome) => mobility.outcomeIds.includes(outcome.id));
  }

  protected async sign(): Promise<void> {
    await this.act('mobility.agreement.signed', (m) => this.api.signMobility(m.id, m.version));
  }

  protected async reject(reason: string): Promise<void> {
    await this.act('mobility.agreement.rejected', (m) =>
      this.api.rejectMobility(m.id, m.version, reason),
    );
  }

  /** The transcript changed the agreement's status (issued, every line decided). */
  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const mobility = await this.api.mobility(id);
      this.mobility.set(mobility);
      const title = this.i18n.t('mobility.agreement.title', { learner: mobility.learner.name });
      this.title.setTitle(`${title} · ${this.i18n.t('app.name')}`);
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
