import {
  DestroyRef,
  Directive,
  ElementRef,
  Renderer2,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { EditorState } from './editor-state';
import { fieldId } from './pending-changes';

/** Why a change to the field at `path` was refused, in the interface language; null if it was not. */
export function fieldMessage(state: EditorState, i18n: I18n, path: string): string | null {
  const problem = state.fieldProblems().get(path);
  return problem === undefined ? null : i18n.t(problem.key, problem.params);
}

/**
 * A form field of the editor named by its finding path (`units[2].title`): gives it the id the
 * findings jump to, and, while a change to it is refused, marks it invalid and says why right
 * after it, in the interface language (`aria-describedby` points screen readers there).
 */
@Directive({
  selector: '[cbField]',
  host: {
    '[id]': 'id()',
    '[attr.aria-invalid]': 'message() === null ? null : "true"',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class Field {
  readonly cbField = input.required<string>();
  /** The id of the help text next to the field, if it has one. */
  readonly cbFieldHelp = input<string | null>(null);

  private readonly state = inject(EditorState);
  private readonly i18n = inject(I18n);
  protected readonly id = computed(() => fieldId(this.cbField()));
  protected readonly message = computed(() => fieldMessage(this.state, this.i18n, this.cbField()));
  protected readonly describedBy = computed(
    () =>
      [this.cbFieldHelp(), this.message() === null ? null : `${this.id()}-problem`]
        .filter((id) => id !== null)
        .join(' ') || null,
  );

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const renderer = inject(Renderer2);
    let note: HTMLElement | null = null;
    effect(() => {
      const message = this.message();
      if (message === null) {
        note?.remove();
        note = null;
        return;
      }
      if (note === null) {
        note = renderer.createElement('p') as HTMLElement;
        renderer.addClass(note, 'field-problem');
        host.after(note);
      }
      note.id = `${this.id()}-problem`;
      note.textContent = message;
    });
    inject(DestroyRef).onDestroy(() => note?.remove());
  }
}
