import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { LibraryEntrySummary } from '@curriculum-builder/curriculum';
import { countryName } from '../../core/i18n/countries';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';

/**
 * What the library says of an entry, in a search result and at the top of its page: a whole
 * curriculum's number of units, EQF level,
 * ECVET points, publisher and country, licence, the languages of its texts, how many curricula
 * use it.
 */
@Component({
  selector: 'cb-entry-facts',
  imports: [TPipe],
  template: `
    @let e = entry();
    <dl class="facts">
      @if (e.kind === 'curriculum') {
        <div>
          <dt class="visually-hidden">{{ 'library.fact.kind' | t }}</dt>
          <dd>
            <span class="badge kind" data-testid="kind">{{
              'library.kind.curriculum' | t: { units: e.units }
            }}</span>
          </dd>
        </div>
      }
      <div>
        <dt class="visually-hidden">{{ 'library.fact.eqf' | t }}</dt>
        <dd>
          <span class="badge">{{ 'common.eqf' | t: { level: e.eqfLevel } }}</span>
        </dd>
      </div>
      <div>
        <dt class="visually-hidden">{{ 'library.fact.points' | t }}</dt>
        <dd>
          <span class="badge">{{ 'common.points' | t: { points: e.ecvetPoints } }}</span>
        </dd>
      </div>
      <div>
        <dt>{{ 'library.fact.publisher' | t }}</dt>
        <dd data-testid="publisher">
          {{
            'library.publisher'
              | t: { name: e.institution.name, country: country(e.institution.country) }
          }}
        </dd>
      </div>
      <div>
        <dt>{{ 'library.fact.licence' | t }}</dt>
        <dd data-testid="licence">{{ 'library.licence.' + e.licence | t }}</dd>
      </div>
      <div>
        <dt>{{ 'library.fact.languages' | t }}</dt>
        <dd>
          @for (code of e.languages; track code; let last = $last) {
            <span [attr.lang]="code">{{ languageName(code) }}</span>
            @if (!last) {
              <span aria-hidden="true">, </span>
            }
          }
        </dd>
      </div>
      <div>
        <dt class="visually-hidden">{{ 'library.fact.adoptions' | t }}</dt>
        <dd data-testid="adoptions">{{ 'library.adoptions' | t: { count: e.adoptions } }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.4rem 1rem;
      margin: 0;
    }
    .facts div {
      display: flex;
      gap: 0.35rem;
    }
    .facts dt {
      color: var(--cb-muted-text);
    }
    .facts dt::after {
      content: ':';
    }
    .facts dd {
      margin: 0;
    }
    .kind {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntryFacts {
  private readonly i18n = inject(I18n);
  readonly entry = input.required<LibraryEntrySummary>();

  protected country(code: string): string {
    return countryName(code, this.i18n.language());
  }

  protected languageName(code: string): string {
    return LANGUAGE_NAMES[code] ?? code.toUpperCase();
  }
}
