import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  booleanAttribute,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { I18n } from '../i18n/i18n';
import { TPipe } from '../i18n/t.pipe';
import { ExportJob } from './export-job';

/**
 * A button that prepares an export as a background job and downloads it when ready: while the job
 * runs a `<progress>` labelled with the file, and a polite live status in words ("Preparing …
 * 40%", "… is ready — download started", "The export failed: …" with Try again). The status is
 * text, never colour alone; the button stays focusable (`aria-disabled`) while the job runs.
 */
@Component({
  selector: 'cb-export-job',
  imports: [TPipe],
  templateUrl: './export-job-button.html',
  styleUrl: './export-job-button.css',
  providers: [ExportJob],
  // Started at least once: a list may give the status room (`cb-export-job.in-use`).
  host: { '[class.in-use]': "job.state() !== 'idle'" },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportJobButton {
  protected readonly job = inject(ExportJob);
  private readonly i18n = inject(I18n);
  private readonly button = viewChild.required<ElementRef<HTMLButtonElement>>('startButton');

  /** The export route (`POST` starts the job; the same address as the old download link). */
  readonly url = input.required<string>();
  /** The button's text and accessible name, translated. */
  readonly label = input.required<string>();
  /** What is being prepared, in the progress's label and the status; the label by default. */
  readonly file = input<string | undefined>(undefined);
  /** The language of the label when it is not the interface's (a language's own name). */
  readonly labelLanguage = input<string | undefined>(undefined);
  /** A longer description of the export (the button's tooltip). */
  readonly description = input<string | undefined>(undefined);
  /** A quieter, outlined button (for the less important of several exports). */
  readonly secondary = input(false, { transform: booleanAttribute });

  /** The file's name as it was when the export started (a language switch later does not rename it). */
  private readonly started = signal('');
  protected readonly fileName = computed(() => this.started() || this.file() || this.label());
  /** The status in words, for everyone (a polite live region) and not by colour alone. */
  protected readonly status = computed(() => {
    const file = this.fileName();
    switch (this.job.state()) {
      case 'idle':
        return '';
      case 'starting':
      case 'queued':
        return this.i18n.t('exportJob.queued', { file });
      case 'running':
        return this.i18n.t('exportJob.running', { file, progress: this.job.progress() });
      case 'done':
        return this.i18n.t('exportJob.done', { file });
      case 'failed':
        return this.i18n.t('exportJob.failed', { message: this.failureMessage() });
    }
  });

  constructor() {
    // Another export is offered now (another language, say): what was said of the last one goes,
    // unless it is still being prepared (it downloads when ready).
    effect(() => {
      this.url();
      untracked(() => {
        if (!this.job.busy() && this.job.state() !== 'idle') this.job.reset();
      });
    });
  }

  /** The server's reason; without a connection (or a reason) a sentence of the app's own. */
  private failureMessage(): string {
    const failure = this.job.failure();
    if (failure?.status === 0) return this.i18n.t('error.notSent');
    const message = failure?.message.trim() ?? '';
    return message === '' ? this.i18n.t('error.server') : message;
  }

  /** Try again: the same export once more, the focus back on its button (Try again goes away). */
  protected retry(): void {
    this.button().nativeElement.focus();
    this.start();
  }

  protected start(): void {
    if (this.job.busy()) return;
    this.started.set(this.file() ?? this.label());
    this.job.start(this.url());
  }
}
