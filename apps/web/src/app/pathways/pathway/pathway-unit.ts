import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  OUTCOME_CATEGORIES,
  type ElectiveGroup,
  type LearningOutcome,
  type OutcomeCategory,
  type Unit,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { formatNumber } from '../format';
import { isAddOn } from './pathway-timeline';

export interface OutcomeGroup {
  readonly category: OutcomeCategory;
  readonly outcomes: readonly LearningOutcome[];
}

/** Outcomes by EQF category (knowledge, skills, responsibility and autonomy); empty ones left out. */
export function groupOutcomes(outcomes: readonly LearningOutcome[]): OutcomeGroup[] {
  return OUTCOME_CATEGORIES.map((category) => ({
    category,
    outcomes: outcomes.filter((outcome) => outcome.category === category),
  })).filter((group) => group.outcomes.length > 0);
}

/**
 * One unit of the pathway: a disclosure button with code, title and points, whether it is
 * mandatory, elective (in which group) or an optional add-on; open, its outcomes.
 */
@Component({
  selector: 'cb-pathway-unit',
  imports: [Localized, TPipe],
  templateUrl: './pathway-unit.html',
  styleUrl: './pathway-unit.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PathwayUnit {
  private readonly i18n = inject(I18n);
  readonly unit = input.required<Unit>();
  readonly language = input.required<string>();
  readonly primary = input.required<string>();
  /** The elective group of an elective unit. */
  readonly group = input<ElectiveGroup | null>(null);

  protected readonly open = signal(false);
  /** An add-on qualification: optional, its points outside the qualification's total. */
  protected readonly addOn = computed(() => isAddOn(this.unit()));
  protected readonly detailId = computed(() => `unit-detail-${this.unit().id}`);
  protected readonly points = computed(() =>
    formatNumber(this.unit().ecvetPoints, this.i18n.language()),
  );
  protected readonly outcomeGroups = computed(() => groupOutcomes(this.unit().outcomes));

  protected toggle(): void {
    this.open.update((open) => !open);
  }
}
