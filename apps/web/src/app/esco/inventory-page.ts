import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { CoverageInventory, EscoReference } from '@curriculum-builder/curriculum';
import { apiError } from '../core/api/api-error';
import { Auth } from '../core/auth/auth';
import { formatNumber } from '../core/i18n/format-number';
import { I18n } from '../core/i18n/i18n';
import { Localized } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import { EscoApi } from './esco-api';
import { EscoPicker } from './esco-picker';

type Scope = 'institution' | 'partnership';

/**
 * The network's inventory (issue #20, point 4): which essential skills of the chosen occupations
 * (by default the curricula's own) the published curricula of the caller's institution, or of its
 * network, cover together, and the gaps; with the CSV to take away.
 */
@Component({
  selector: 'cb-inventory-page',
  imports: [TPipe, Localized, EscoPicker],
  template: `
    <h1>{{ 'inventory.title' | t }}</h1>
    <p>{{ 'inventory.intro' | t }}</p>
    <form class="card ask" (submit)="$event.preventDefault(); run()">
      <fieldset>
        <legend>{{ 'inventory.scope' | t }}</legend>
        @for (option of scopes; track option) {
          <label>
            <input
              type="radio"
              name="scope"
              [value]="option"
              [checked]="scope() === option"
              (change)="scope.set(option)"
            />
            {{ 'inventory.scope.' + option | t }}
          </label>
        }
      </fieldset>
      <label for="inventory-occupation">{{ 'inventory.occupations' | t }}</label>
      <cb-esco-picker
        kind="occupation"
        inputId="inventory-occupation"
        [language]="i18n.language()"
        (picked)="addOccupation($event)"
      />
      <ul class="chosen">
        @for (occupation of occupations(); track occupation.uri) {
          <li>
            <cb-localized
              [value]="occupation.label"
              [language]="i18n.language()"
              [primary]="'en'"
            />
            <button
              type="button"
              class="icon secondary"
              (click)="removeOccupation(occupation.uri)"
              [attr.aria-label]="'inventory.remove' | t: { occupation: labelOf(occupation) }"
            >
              ✕
            </button>
          </li>
        } @empty {
          <li class="muted">{{ 'inventory.ownOccupations' | t }}</li>
        }
      </ul>
      <button type="submit">{{ 'inventory.run' | t }}</button>
    </form>

    @if (error(); as message) {
      <p class="error" role="alert">{{ 'common.error' | t: { message } }}</p>
    }
    @if (report(); as r) {
      <section aria-labelledby="inventory-result">
        <h2 id="inventory-result">
          {{ 'inventory.curricula' | t: { count: r.curricula.length } }}
        </h2>
        <ul>
          @for (c of r.curricula; track c.id) {
            <li>
              <span class="code">{{ c.code }}</span>&ngsp;
              <cb-localized [value]="c.title" [language]="i18n.language()" [primary]="'en'" />
            </li>
          }
        </ul>
        <p>
          <a [href]="csvUrl()" download>{{ 'coverage.csv' | t }}</a>
        </p>
        @for (occupation of r.occupations; track occupation.uri) {
          <section class="occupation" [attr.aria-labelledby]="'occupation-' + $index">
            <h3 [id]="'occupation-' + $index" [attr.lang]="occupation.label.language">
              {{ occupation.label.text }}
            </h3>
            <p data-testid="inventory-essential">
              {{ 'coverage.essential' | t }}:
              {{
                'coverage.covered'
                  | t
                    : {
                        covered: occupation.essential.covered,
                        total: occupation.essential.total,
                        percent: number(occupation.essential.percent),
                      }
              }}
            </p>
            <table>
              <caption class="visually-hidden">
                {{
                  'inventory.caption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'inventory.skill' | t }}</th>
                  <th scope="col">{{ 'inventory.relation' | t }}</th>
                  <th scope="col">{{ 'inventory.coveredBy' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (skill of occupation.skills; track skill.uri) {
                  <tr [class.gap]="skill.curricula.length === 0">
                    <th scope="row">
                      <a [href]="skill.uri" [attr.lang]="skill.label.language">{{
                        skill.label.text
                      }}</a>
                    </th>
                    <td>{{ 'esco.relation.' + skill.relation | t }}</td>
                    <td>
                      {{
                        skill.curricula.length === 0
                          ? ('inventory.gap' | t)
                          : codesOf(skill.curricula)
                      }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </section>
        }
        <p class="source">{{ 'coverage.source' | t: { source: r.source } }}</p>
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
    }
    .ask {
      display: grid;
      gap: 0.5rem;
      max-width: 40rem;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .chosen {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .muted,
    .source {
      color: var(--cb-muted-text);
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid var(--cb-border);
      padding: 0.25rem 0.5rem;
      text-align: left;
      overflow-wrap: anywhere;
    }
    tbody th {
      font-weight: 400;
    }
    tr.gap td:last-child {
      color: var(--cb-error);
      font-weight: 600;
    }
    .code {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {
  private readonly api = inject(EscoApi);
  private readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  protected readonly scopes: readonly Scope[] = ['partnership', 'institution'];
  protected readonly scope = signal<Scope>('partnership');
  protected readonly occupations = signal<readonly EscoReference[]>([]);
  protected readonly report = signal<CoverageInventory | null>(null);
  protected readonly error = signal<string | null>(null);

  /** The query: the caller's institution, alone or with its network, and the occupations chosen. */
  private readonly query = computed(() => ({
    [this.scope()]: this.auth.user()?.institutionId ?? '',
    occupations: this.occupations()
      .map((o) => o.uri)
      .join(','),
  }));
  protected readonly csvUrl = computed(() =>
    this.api.inventoryCsvUrl(this.query(), this.i18n.language()),
  );

  protected addOccupation(occupation: EscoReference): void {
    if (!this.occupations().some((o) => o.uri === occupation.uri))
      this.occupations.update((list) => [...list, occupation]);
  }

  protected removeOccupation(uri: string): void {
    this.occupations.update((list) => list.filter((o) => o.uri !== uri));
  }

  protected labelOf(occupation: EscoReference): string {
    return Object.values(occupation.label)[0] ?? occupation.uri;
  }

  protected number(value: number): string {
    return formatNumber(Math.round(value * 10) / 10, this.i18n.language());
  }

  protected codesOf(ids: readonly string[]): string {
    const code = new Map(this.report()?.curricula.map((c) => [c.id, c.code]));
    return ids.map((id) => code.get(id) ?? id).join(', ');
  }

  protected async run(): Promise<void> {
    try {
      this.report.set(await this.api.inventory(this.query(), this.i18n.language()));
      this.error.set(null);
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }
}
