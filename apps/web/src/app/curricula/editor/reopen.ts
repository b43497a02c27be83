import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';

/**
 * What the editor shows instead of the forms while a curriculum is published: learners read it, and
 * "Reopen for editing" (after a confirmation) starts a new draft through the workflow.
 */
@Component({
  selector: 'cb-reopen',
  imports: [TPipe],
  templateUrl: './reopen.html',
  styleUrl: './reopen.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Reopen {
  private readonly injector = inject(Injector);

  readonly code = input.required<string>();
  readonly publishedVersion = input.required<number | null>();
  readonly busy = input(false);
  readonly confirmed = output<void>();

  protected readonly confirming = signal(false);
  private readonly question = viewChild<ElementRef<HTMLElement>>('question');
  private readonly askButton = viewChild<ElementRef<HTMLElement>>('askButton');

  protected ask(): void {
    this.confirming.set(true);
    this.focusLater(() => this.question()?.nativeElement);
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusLater(() => this.askButton()?.nativeElement);
  }

  private focusLater(element: () => HTMLElement | null | undefined): void {
    afterNextRender(() => element()?.focus(), { injector: this.injector });
  }
}
