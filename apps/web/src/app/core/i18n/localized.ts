import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LocalizedText } from '@curriculum-builder/curriculum';

export interface PickedText {
  readonly text: string;
  readonly language: string;
  readonly fallback: boolean;
}

/** The text in `language`, else in `primary`, else in any language that has one. */
export function pickText(
  value: LocalizedText | null | undefined,
  language: string,
  primary: string,
): PickedText {
  const has = (code: string) => typeof value?.[code] === 'string' && value[code].trim() !== '';
  if (has(language)) return { text: value?.[language] ?? '', language, fallback: false };
  const other = has(primary) ? primary : Object.keys(value ?? {}).find(has);
  return other === undefined
    ? { text: '', language, fallback: false }
    : { text: value?.[other] ?? '', language: other, fallback: true };
}

/**
 * Localized content with its language set for screen readers; a text shown in another language than
 * the one asked for is marked visibly (e.g. "DE").
 */
@Component({
  selector: 'cb-localized',
  template: `<span [attr.lang]="picked().language">{{ picked().text }}</span>
    @if (picked().fallback) {
      <abbr class="fallback" [attr.title]="'Fallback: ' + picked().language">{{
        picked().language.toUpperCase()
      }}</abbr>
    }`,
  styles: `
    .fallback {
      margin-left: 0.35em;
      padding: 0 0.3em;
      border: 1px solid var(--cb-muted);
      border-radius: 0.25em;
      font-size: 0.7em;
      color: var(--cb-muted-text);
      text-decoration: none;
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Localized {
  readonly value = input<LocalizedText | null | undefined>();
  readonly language = input.required<string>();
  readonly primary = input.required<string>();
  protected readonly picked = computed(() =>
    pickText(this.value(), this.language(), this.primary()),
  );
}

/** Names of content languages in their own language. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'English',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  et: 'Eesti',
  pl: 'Polski',
  fr: 'Français',
};
