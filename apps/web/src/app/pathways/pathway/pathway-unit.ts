import {
  ChangeDetectionStrategy,
  Component,
  HostListener,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  OUTCOME_CATEGORIES,
  type ElectiveGroup,
  type LearningOutcome,
  type OutcomeCategory,
  type Unit,
} from '@curriculum-builder/curriculum/pathway';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { isAddOn, spanNote } from './pathway-timeline';

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
 * mandatory, elective (in which group) or an optional add-on, and in words how it spans years or
 * terms; open, its hours of guided learning and national credits when stated, and its outcomes.
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
  /** The programme year the unit is shown in (null: its start year). */
  readonly year = input<number | null>(null);

  protected readonly open = signal(false);
  /** An add-on qualification: optional, its points outside the qualification's total. */
  protected readonly addOn = computed(() => isAddOn(this.unit()));
  /** Unique on the page: a unit that spans years is shown in each of them. */
  protected readonly detailId = computed(() => {
    const year = this.year();
    return `unit-detail-${this.unit().id}${year === null ? '' : `-${year}`}`;
  });
  protected readonly outcomeGroups = computed(() => groupOutcomes(this.unit().outcomes));
  /** How the unit spans years or terms, in words ("continues until year 3 (term 1)"), or null. */
  protected readonly span = computed(() => {
    const unit = this.unit();
    const note = spanNote(unit, this.year() ?? unit.year);
    if (note === null) return null;
    const t = (key: string, params: Record<string, string | number>) => this.i18n.t(key, params);
    switch (note.kind) {
      case 'until':
        return note.term === null
          ? t('pathways.unit.continuesUntil', { year: note.year })
          : t('pathways.unit.continuesUntilTerm', { year: note.year, term: note.term });
      case 'untilTerm':
        return t('pathways.unit.continuesUntilTermOnly', { term: note.term });
      case 'from':
        return note.term === null
          ? t('pathways.unit.continuedFrom', { year: note.year })
          : t('pathways.unit.continuedFromUntilTerm', { year: note.year, term: note.term });
    }
  });
  /** Its hours of guided learning and national credits in words, those it states. */
  protected readonly extent = computed(() => {
    const { guidedHours, nationalCredits } = this.unit();
    const facts: string[] = [];
    if (guidedHours !== null && guidedHours !== undefined) {
      facts.push(this.i18n.t('pathways.unit.guidedHours', { hours: guidedHours }));
    }
    if (nationalCredits !== null && nationalCredits !== undefined) {
      facts.push(this.i18n.t('pathways.unit.nationalCredits', { credits: nationalCredits }));
    }
    return facts;
  });

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  /** On paper every unit shows its outcomes: the page opens them before it prints. */
  @HostListener('window:beforeprint')
  protected openForPrint(): void {
    this.open.set(true);
  }
}
