import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { DOCUMENT_LANGUAGES } from '../mobility-api';

/** Download links of a document as PDF, one per language the documents are printed in. */
@Component({
  selector: 'cb-pdf-links',
  imports: [TPipe],
  template: `
    <p class="label" [id]="idPrefix() + '-pdf-label'">{{ label() | t }}</p>
    <ul [attr.aria-labelledby]="idPrefix() + '-pdf-label'">
      @for (link of links(); track link.language) {
        <li>
          <a [href]="link.url" download [attr.hreflang]="link.language" [attr.lang]="link.language">
            {{ link.name }}
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PdfLinks {
  readonly idPrefix = input.required<string>();
  /** The message key of what the links are, e.g. "The MoU as PDF". */
  readonly label = input.required<string>();
  /** The document's address in a language. */
  readonly url = input.required<(language: string) => string>();

  protected readonly links = computed(() =>
    DOCUMENT_LANGUAGES.map((language) => ({
      language,
      name: LANGUAGE_NAMES[language] ?? language,
      url: this.url()(language),
    })),
  );
}
