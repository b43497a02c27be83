import {
  ChangeDetectionStrategy,
  Component,
  OnDestroy,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  ESCO_OCCUPATION_PATTERN,
  ESCO_SKILL_PATTERN,
  type EscoLabel,
  type EscoReference,
} from '@curriculum-builder/curriculum';
import { TPipe } from '../core/i18n/t.pipe';
import { EscoApi } from './esco-api';

/** One option of the list: a concept found, or the URI typed itself. */
interface Option {
  readonly uri: string;
  readonly label: EscoLabel;
  /** What it is: a skill type, an ISCO code, or "typed" for a URI as it was typed. */
  readonly note: string;
  readonly matched?: string;
}

/** How long typing pauses before the catalogue is asked. */
const DEBOUNCE_MS = 180;

/**
 * A combobox over the ESCO catalogue (issue #20, point 1): words of a label or an alternative
 * label find occupations or skills, ranked, with their type; ↓ and ↑ move through them, Enter or
 * a click takes one, Escape closes the list. A pasted ESCO URI is offered as itself, so links to
 * concepts beyond the catalogue stay possible; anything else that looks like an address is refused.
 * The label recorded is ESCO's in the content language, or in English where ESCO has none.
 */
@Component({
  selector: 'cb-esco-picker',
  imports: [TPipe],
  template: `
    <div class="picker">
      <input
        [id]="inputId()"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="inputId() + '-list'"
        [attr.aria-activedescendant]="active() >= 0 ? inputId() + '-option-' + active() : null"
        [attr.aria-describedby]="describedByAll()"
        [attr.aria-invalid]="problem() || fieldProblem() ? true : null"
        [placeholder]="
          (kind() === 'skill'
            ? 'esco.picker.skillPlaceholder'
            : 'esco.picker.occupationPlaceholder'
          ) | t
        "
        [disabled]="disabled()"
        [value]="query()"
        (input)="typed($any($event.target).value)"
        (keydown)="key($event)"
        (blur)="closeSoon()"
      />
      <ul
        [id]="inputId() + '-list'"
        role="listbox"
        [attr.aria-label]="
          (kind() === 'skill' ? 'esco.picker.skills' : 'esco.picker.occupations') | t
        "
        [hidden]="!open()"
      >
        @for (option of options(); track option.uri; let i = $index) {
          <li
            role="option"
            [id]="inputId() + '-option-' + i"
            [attr.aria-selected]="i === active()"
            [class.active]="i === active()"
            tabindex="-1"
            (mousedown)="$event.preventDefault()"
            (click)="take(option)"
            (keydown.enter)="take(option)"
          >
            <span [attr.lang]="option.label.language">{{ option.label.text }}</span>
            <span class="note">{{ option.note }}</span>
            @if (option.matched) {
              <span class="note">“{{ option.matched }}”</span>
            }
          </li>
        } @empty {
          <li class="empty" role="option" aria-disabled="true" aria-selected="false">
            {{ 'esco.picker.none' | t }}
          </li>
        }
      </ul>
      @if (problem(); as message) {
        <p class="error" role="alert" [id]="inputId() + '-problem'">{{ message | t }}</p>
      } @else if (fieldProblem(); as message) {
        <p class="field-problem" [id]="inputId() + '-problem'">{{ message }}</p>
      }
      @if (open() && source()) {
        <p class="source">{{ source() }}</p>
      }
    </div>
  `,
  styles: `
    .picker {
      position: relative;
    }
    input {
      width: 100%;
    }
    ul {
      position: absolute;
      z-index: 5;
      left: 0;
      right: 0;
      margin: 0.15rem 0 0;
      padding: 0.25rem 0;
      list-style: none;
      background: var(--cb-surface, #fff);
      border: 1px solid var(--cb-border, #8a8a8a);
      border-radius: 0.35rem;
      max-height: 18rem;
      overflow-y: auto;
      box-shadow: 0 0.3rem 0.8rem rgb(0 0 0 / 0.15);
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.6rem;
      padding: 0.35rem 0.6rem;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    li.active {
      background: var(--cb-accent-soft, #dbe7ff);
      outline: 2px solid var(--cb-accent, #1d4ed8);
      outline-offset: -2px;
    }
    li.empty {
      cursor: default;
      color: var(--cb-muted-text, #555);
    }
    .note,
    .source {
      color: var(--cb-muted-text, #555);
      font-size: 0.85em;
    }
    .source {
      margin: 0.2rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscoPicker implements OnDestroy {
  private readonly api = inject(EscoApi);
  readonly kind = input<'skill' | 'occupation'>('skill');
  /** The id of the input, for the label outside (`<label [for]>`). */
  readonly inputId = input.required<string>();
  /** The content language: the labels are searched and recorded in it (English where missing). */
  readonly language = input('en');
  readonly disabled = input(false);
  /** Why the form's value here was refused (in words), shown under the field; null if it was not. */
  readonly fieldProblem = input<string | null>(null);
  /** Ids of texts outside that describe the field (a help text, a problem said elsewhere). */
  readonly describedBy = input<string | null>(null);
  /** A concept was chosen: its URI and label, as the curriculum stores it. */
  readonly picked = output<EscoReference>();

  protected readonly query = signal('');
  protected readonly options = signal<readonly Option[]>([]);
  protected readonly source = signal('');
  protected readonly active = signal(-1);
  protected readonly expanded = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly describedByAll = computed(
    () =>
      [
        this.describedBy(),
        this.problem() === null && this.fieldProblem() === null
          ? null
          : `${this.inputId()}-problem`,
      ]
        .filter((id) => id !== null)
        .join(' ') || null,
  );
  protected readonly open = computed(() => this.expanded() && this.query().trim() !== '');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closing: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  ngOnDestroy(): void {
    clearTimeout(this.timer);
    clearTimeout(this.closing);
  }

  protected typed(value: string): void {
    clearTimeout(this.closing);
    this.query.set(value);
    this.problem.set(null);
    this.expanded.set(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(value), DEBOUNCE_MS);
  }

  private async search(value: string): Promise<void> {
    const q = value.trim();
    const asked = ++this.asked;
    const typedUri = this.typedUri(q);
    if (q === '' || /^https?:/i.test(q)) {
      this.options.set(typedUri === null ? [] : [typedUri]);
      this.active.set(typedUri === null ? -1 : 0);
      return;
    }
    try {
      const page =
        this.kind() === 'skill'
          ? await this.api.skills(q, this.language())
          : await this.api.occupations(q, this.language());
      if (asked !== this.asked) return;
      this.source.set(page.source);
      this.options.set(
        page.items.map((item) => ({
          uri: item.uri,
          label: item.label,
          note:
            'skillType' in item
              ? [item.skillType, item.reuseLevel].filter(Boolean).join(' · ')
              : `ISCO ${item.code ?? item.iscoGroup ?? ''}`,
          ...(item.matched === undefined ? {} : { matched: item.matched }),
        })),
      );
      this.active.set(page.items.length > 0 ? 0 : -1);
    } catch {
      if (asked === this.asked) this.problem.set('esco.picker.failed');
    }
  }

  /** The typed text as an option of its own when it is an ESCO URI of the right kind. */
  private typedUri(q: string): Option | null {
    const pattern = this.kind() === 'skill' ? ESCO_SKILL_PATTERN : ESCO_OCCUPATION_PATTERN;
    return pattern.test(q)
      ? { uri: q, label: { text: q, language: this.language() }, note: '' }
      : null;
  }

  protected key(event: KeyboardEvent): void {
    const count = this.options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.expanded.set(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active.set((this.active() + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      const q = this.query().trim();
      if (/^https?:/i.test(q)) {
        const typed = this.typedUri(q);
        if (typed === null) this.problem.set('esco.picker.invalidUri');
        else this.take(typed);
        return;
      }
      const option = this.options()[this.active()];
      if (option !== undefined && this.open()) this.take(option);
    } else if (event.key === 'Escape' && this.open()) {
      event.preventDefault();
      this.expanded.set(false);
    }
  }

  protected take(option: Option): void {
    this.picked.emit({ uri: option.uri, label: { [option.label.language]: option.label.text } });
    this.query.set('');
    this.options.set([]);
    this.active.set(-1);
    this.expanded.set(false);
  }

  protected closeSoon(): void {
    this.closing = setTimeout(() => this.expanded.set(false), 150);
  }
}
