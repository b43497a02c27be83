import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ExportJobButton } from '../../core/export-job/export-job-button';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { DOCUMENT_LANGUAGES } from '../mobility-api';

/**
 * A document as PDF, one button per language the documents are printed in: each prepares the PDF
 * as a background job, shows its progress and downloads it when ready.
 */
@Component({
  selector: 'cb-pdf-links',
  imports: [TPipe, ExportJobButton],
  template: `
    <p class="label" [id]="idPrefix() + '-pdf-label'">{{ label() | t }}</p>
    <ul [attr.aria-labelledby]="idPrefix() + '-pdf-label'">
      @for (link of links(); track link.language) {
        <li>
          <cb-export-job
            [url]="link.url"
            [label]="link.name"
            [labelLanguage]="link.language"
            [file]="link.file"
            [attr.data-language]="link.language"
            secondary
          />
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
      gap: 0.5rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A document being prepared (or just prepared) takes a row of its own for its progress. */
    li:has(> cb-export-job.in-use) {
      flex-basis: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PdfLinks {
  private readonly i18n = inject(I18n);

  readonly idPrefix = input.required<string>();
  /** The message key of what the documents are, e.g. "The MoU as PDF". */
  readonly label = input.required<string>();
  /** The document's export route in a language. */
  readonly url = input.required<(language: string) => string>();

  protected readonly links = computed(() => {
    const what = this.i18n.t(this.label());
    return DOCUMENT_LANGUAGES.map((language) => {
      const name = LANGUAGE_NAMES[language] ?? language;
      return { language, name, file: `${what} (${name})`, url: this.url()(language) };
    });
  });
}
