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
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type {
  FieldError,
  Mobility,
  Transcript,
  TranscriptLine,
  UnitRef,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { errorText, sentErrorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import type { ResultBody } from '../../results/result-draft';
import { ResultForm } from '../../results/result-form';
import { MobilityApi } from '../mobility-api';
import { DecisionButtons } from '../shared/decision-buttons';
import { PdfLinks } from '../shared/pdf-links';

/** What the caller may do with a transcript: by permission, institution and status. */
export interface TranscriptRights {
  /** Host staff record results (and remove them) while the agreement is signed. */
  readonly record: boolean;
  /** The host's coordinator issues the transcript once it has a line. */
  readonly issue: boolean;
  /** The home school's coordinator decides on each line of the issued transcript. */
  readonly decide: boolean;
}

export function transcriptRights(
  may: (permission: 'mobility.assess' | 'mobility.manage') => boolean,
  institutionId: string | null | undefined,
  mobility: Mobility,
  transcript: Transcript | null,
): TranscriptRights {
  const own = institutionId ?? null;
  const isHost = own !== null && own === mobility.host.id;
  const isHome = own !== null && own === mobility.home.id;
  const open = mobility.status === 'signed' && transcript !== null && transcript.issuedAt === null;
  return {
    record: open && isHost && may('mobility.assess'),
    issue: open && isHost && may('mobility.manage') && (transcript?.lines.length ?? 0) > 0,
    decide: isHome && may('mobility.manage') && (transcript?.issuedAt ?? null) !== null,
  };
}

/**
 * The Personal Transcript of a Learning Agreement: its lines with results, points and the home
 * school's decisions; host staff record and remove results and issue it, the home school's
 * coordinator recognises or refuses (with a reason) each line.
 */
@Component({
  selector: 'cb-transcript-panel',
  imports: [Localized, TPipe, DecisionButtons, PdfLinks, ResultForm],
  templateUrl: './transcript-panel.html',
  styleUrl: './transcript-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranscriptPanel {
  private readonly api = inject(MobilityApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly mobility = input.required<Mobility>();
  /** The agreement's status may have changed (issued, every line decided): reload it. */
  readonly changed = output<void>();

  protected readonly transcript = signal<Transcript | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly status = signal('');
  /** The line (or 'issue', 'add') a request is on its way for. */
  protected readonly busy = signal<string | null>(null);
  protected readonly saveError = signal<string | null>(null);
  protected readonly fieldErrors = signal<readonly FieldError[]>([]);
  private readonly form = viewChild(ResultForm);

  protected readonly rights = computed(() =>
    transcriptRights(
      (permission) => this.auth.may(permission),
      this.auth.user()?.institutionId,
      this.mobility(),
      this.transcript(),
    ),
  );
  protected readonly hasActions = computed(() => this.rights().record || this.rights().decide);
  protected readonly pdfUrl = (language: string) =>
    this.api.transcriptPdfUrl(this.mobility().id, language);
  /** Reloads when another agreement is shown or its status changed, not on every reload. */
  private readonly key = computed(() => `${this.mobility().id} ${this.mobility().status}`);

  constructor() {
    effect(() => {
      this.key();
      untracked(() => void this.load());
    });
  }

  protected date(iso: string, withTime = false): string {
    return formatDate(iso, this.i18n.language(), withTime);
  }

  protected unit(line: TranscriptLine): UnitRef | undefined {
    return this.mobility().units.find((u) => u.id === line.unitId);
  }

  protected outcome(line: TranscriptLine): UnitRef['outcomes'][number] | undefined {
    return this.unit(line)?.outcomes.find((o) => o.id === line.outcomeId);
  }

  protected method(method: string): string {
    const key = `method.${method}`;
    const name = this.i18n.t(key);
    return name === key ? method : name;
  }

  protected lineId(line: TranscriptLine): string {
    return `line-${line.id}`;
  }

  protected async add(body: ResultBody): Promise<void> {
    this.saveError.set(null);
    this.fieldErrors.set([]);
    const ok = await this.act(
      'add',
      'mobility.transcript.added',
      () => this.api.addLine(this.mobility().id, body),
      (error) => {
        this.fieldErrors.set(apiError(error).errors);
        this.saveError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      },
    );
    if (ok) this.form()?.reset();
  }

  protected async remove(line: TranscriptLine): Promise<void> {
    const ok = await this.act(line.id, 'mobility.transcript.removed', () =>
      this.api.removeLine(this.mobility().id, line.id),
    );
    if (ok) this.focusLater('#transcript-caption');
  }

  protected async issue(): Promise<void> {
    const ok = await this.act('issue', 'mobility.transcript.issued', () =>
      this.api.issueTranscript(this.mobility().id, this.mobility().version),
    );
    if (ok) {
      this.focusLater('[data-testid="transcript-state"]');
      this.changed.emit();
    }
  }

  protected async recognise(line: TranscriptLine): Promise<void> {
    const ok = await this.act(line.id, 'mobility.transcript.recognised', () =>
      this.api.recogniseLine(this.mobility().id, line.id, line.version),
    );
    if (ok) this.afterDecision(line);
  }

  protected async refuse(line: TranscriptLine, reason: string): Promise<void> {
    const ok = await this.act(line.id, 'mobility.transcript.refused', () =>
      this.api.refuseLine(this.mobility().id, line.id, line.version, reason),
    );
    if (ok) this.afterDecision(line);
  }

  /** The line's buttons are gone: the focus goes to its unit; all decided, the agreement is done. */
  private afterDecision(line: TranscriptLine): void {
    this.focusLater(`[id="${this.lineId(line)}"]`);
    if (this.transcript()?.lines.every((l) => l.decision !== 'pending')) this.changed.emit();
  }

  /**
   * Sends a change of the transcript and shows the transcript it answers; a 409 (changed
   * meanwhile) reloads transcript and agreement and says so. Answers whether it was done.
   */
  private async act(
    busy: string,
    done: string,
    send: () => Promise<Transcript>,
    failed?: (error: unknown) => void,
  ): Promise<boolean> {
    if (this.busy() !== null) return false;
    this.busy.set(busy);
    this.actionError.set(null);
    this.status.set('');
    try {
      this.transcript.set(await send());
      this.status.set(this.i18n.t(done));
      return true;
    } catch (error) {
      if (apiError(error).status === 409) {
        this.actionError.set(this.i18n.t('mobility.changed'));
        await this.load();
        this.changed.emit();
      } else if (failed !== undefined) {
        failed(error);
      } else {
        this.actionError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.transcript.set(await this.api.transcript(this.mobility().id));
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
