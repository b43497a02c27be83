import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  OUTCOME_CATEGORIES,
  type LearningOutcome,
  type OutcomeCategory,
  type Unit,
} from '@curriculum-builder/curriculum';
import { Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';

/** Outcomes by EQF category (knowledge, skills, responsibility and autonomy); empty ones left out. */
export function outcomesByCategory(
  outcomes: readonly LearningOutcome[],
): { readonly category: OutcomeCategory; readonly outcomes: readonly LearningOutcome[] }[] {
  return OUTCOME_CATEGORIES.map((category) => ({
    category,
    outcomes: outcomes.filter((outcome) => outcome.category === category),
  })).filter((group) => group.outcomes.length > 0);
}

/**
 * A library unit in full, as one version published it: description, Industry 4.0 areas, ESCO
 * skills, learning outcomes by category (with their criteria) and assessment. Texts are shown in
 * the interface language, else in the entry's first language, marked with their `lang`.
 */
@Component({
  selector: 'cb-library-unit',
  imports: [Localized, TPipe],
  template: `
    @let u = unit();
    @if (has(u.description)) {
      <h3>{{ 'library.entry.description' | t }}</h3>
      <p class="text">
        <cb-localized [value]="u.description" [language]="language()" [primary]="primary()" />
      </p>
    }
    @if (u.areas.length > 0) {
      <h3>{{ 'library.fact.areas' | t }}</h3>
      <ul class="inline">
        @for (area of u.areas; track area) {
          <li class="badge">{{ 'area.' + area | t }}</li>
        }
      </ul>
    }
    <h3>{{ 'library.entry.outcomes' | t }}</h3>
    @for (group of groups(); track group.category) {
      <h4>{{ 'category.' + group.category | t }}</h4>
      <ul class="outcomes">
        @for (outcome of group.outcomes; track outcome.id) {
          <li [attr.data-outcome]="outcome.id">
            <cb-localized [value]="outcome.text" [language]="language()" [primary]="primary()" />
            @if (has(outcome.criteria)) {
              <p class="criteria">
                {{ 'library.entry.criteria' | t }}:&ngsp;<cb-localized
                  [value]="outcome.criteria"
                  [language]="language()"
                  [primary]="primary()"
                />
              </p>
            }
          </li>
        }
      </ul>
    } @empty {
      <p class="muted">{{ 'library.entry.noOutcomes' | t }}</p>
    }
    <h3>{{ 'library.entry.assessment' | t }}</h3>
    <dl class="assessment">
      <dt>{{ 'library.entry.methods' | t }}</dt>
      <dd>
        @for (method of u.assessment.methods; track method; let last = $last) {
          {{ 'method.' + method | t }}{{ last ? '' : ', ' }}
        } @empty {
          {{ 'library.entry.none' | t }}
        }
      </dd>
      @if (has(u.assessment.criteria)) {
        <dt>{{ 'library.entry.criteria' | t }}</dt>
        <dd class="text">
          <cb-localized
            [value]="u.assessment.criteria"
            [language]="language()"
            [primary]="primary()"
          />
        </dd>
      }
    </dl>
    <h3>{{ 'library.entry.skills' | t }}</h3>
    <ul>
      @for (skill of u.escoSkills; track skill.uri) {
        <li>
          <a [href]="skill.uri"
            ><cb-localized [value]="skill.label" [language]="language()" [primary]="'en'"
          /></a>
        </li>
      } @empty {
        <li class="muted">{{ 'library.entry.none' | t }}</li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: 1.25rem 0 0.4rem;
      font-size: 1.05rem;
    }
    h4 {
      margin: 0.75rem 0 0.25rem;
      font-size: 0.95rem;
    }
    .text {
      white-space: pre-wrap;
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .outcomes li {
      margin-bottom: 0.35rem;
    }
    .criteria {
      margin: 0.15rem 0 0;
      font-size: 0.9rem;
      color: var(--cb-muted-text);
    }
    .assessment {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
      gap: 0.35rem 1.25rem;
      margin: 0;
    }
    .assessment dt {
      font-weight: 600;
    }
    .assessment dd {
      margin: 0;
    }
    .muted {
      color: var(--cb-muted-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryUnit {
  readonly unit = input.required<Unit>();
  /** The interface language: texts are shown in it where they have it. */
  readonly language = input.required<string>();
  /** The language to fall back to (the entry's first). */
  readonly primary = input.required<string>();

  protected readonly groups = computed(() => outcomesByCategory(this.unit().outcomes));

  protected has(text: Unit['description']): boolean {
    return pickText(text, this.language(), this.primary()).text.trim() !== '';
  }
}
