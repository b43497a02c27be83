import {
  ChangeDetectionStrategy,
  Component,
  OnDestroy,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { EscoReference, EscoSuggestion } from '@curriculum-builder/curriculum';
import { TPipe } from '../core/i18n/t.pipe';
import { EscoApi } from './esco-api';

/** How long writing pauses before suggestions are asked for. */
const DEBOUNCE_MS = 400;
/** Texts shorter than this propose nothing yet. */
const MIN_LETTERS = 12;

/**
 * The ESCO skills that best match the outcome being written (issue #20, point 2): asked for
 * whenever the text pauses, the target occupation's essential skills first among equals, the
 * skills already linked left out. Each is a button: a click, or Enter or Space on it, links it.
 */
@Component({
  selector: 'cb-esco-suggestions',
  imports: [TPipe],
  template: `
    @if (items().length > 0) {
      <div class="suggestions" role="group" [attr.aria-label]="'esco.suggestions.title' | t">
        <span class="title">{{ 'esco.suggestions.title' | t }}</span>
        @for (item of items(); track item.uri) {
          <button
            type="button"
            class="suggestion secondary"
            [disabled]="disabled()"
            (click)="accept(item)"
            [attr.aria-label]="'esco.suggestions.accept' | t: { skill: item.label.text }"
            [title]="'esco.suggestions.because' | t: { words: item.terms.join(', ') }"
          >
            + <span [attr.lang]="item.label.language">{{ item.label.text }}</span>
            @if (item.relation) {
              <span class="relation">{{ 'esco.relation.' + item.relation | t }}</span>
            }
          </button>
        }
        <span class="source">{{ source() }}</span>
      </div>
    }
  `,
  styles: `
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem;
      margin: 0.35rem 0;
    }
    .title,
    .source {
      font-size: 0.85em;
      color: var(--cb-muted-text, #555);
    }
    .suggestion {
      font-size: 0.9em;
      padding: 0.2rem 0.5rem;
      overflow-wrap: anywhere;
      text-align: left;
    }
    .relation {
      margin-left: 0.3rem;
      font-size: 0.8em;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscoSuggestions implements OnDestroy {
  private readonly api = inject(EscoApi);
  /** The text being written (an outcome's statement in the content language). */
  readonly text = input('');
  /** The unit's title: it counts as well. */
  readonly context = input('');
  readonly occupation = input<string | null>(null);
  readonly language = input('en');
  /** The skills already linked: not proposed again. */
  readonly exclude = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly accepted = output<EscoReference>();

  protected readonly items = signal<readonly EscoSuggestion[]>([]);
  /** ESCO's attribution, shown with its labels. */
  protected readonly source = signal('');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor() {
    effect(() => {
      const query = {
        text: this.text().trim(),
        context: this.context().trim(),
        occupation: this.occupation() ?? undefined,
        lang: this.language(),
        exclude: this.exclude(),
      };
      clearTimeout(this.timer);
      const asked = ++this.asked;
      if (query.text.length < MIN_LETTERS) {
        this.items.set([]);
        return;
      }
      this.timer = setTimeout(() => {
        this.api.suggestions(query).then(
          (page) => {
            if (asked !== this.asked) return;
            this.items.set(page.items);
            this.source.set(page.source);
          },
          () => {
            if (asked === this.asked) this.items.set([]);
          },
        );
      }, DEBOUNCE_MS);
    });
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected accept(item: EscoSuggestion): void {
    this.accepted.emit({ uri: item.uri, label: { [item.label.language]: item.label.text } });
    this.items.update((items) => items.filter((other) => other.uri !== item.uri));
  }
}
