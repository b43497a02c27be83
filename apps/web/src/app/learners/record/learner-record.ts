import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import {
  UNIT_PROGRESS_STATES,
  type Achievement,
  type EnrolmentRecord,
  type LearnerRecord,
  type UnitProgress,
  type UnitProgressState,
} from '@curriculum-builder/curriculum';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';

/** The units of an enrolment by state, in the order of the record (achieved first). */
export function unitsByState(
  units: readonly UnitProgress[],
): { state: UnitProgressState; units: UnitProgress[] }[] {
  return UNIT_PROGRESS_STATES.map((state) => ({
    state,
    units: units.filter((unit) => unit.state === state),
  }));
}

/** The share of the counted points that was recognised, in whole per cent. */
export function recognisedShare(record: EnrolmentRecord): number {
  const { counted, recognised } = record.points;
  return counted === 0 ? 0 : Math.round((recognised / counted) * 100);
}

/**
 * A learner's record, per enrolment: the points (counted of required, recognised, in progress,
 * remaining, add-ons) with a progress bar, the units grouped by state with where and when each was
 * achieved, and the results (staff may delete one). Used by the learner's own page and the staff's.
 */
@Component({
  selector: 'cb-learner-record',
  imports: [Localized, TPipe],
  templateUrl: './learner-record.html',
  styleUrl: './learner-record.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnerRecordView {
  protected readonly i18n = inject(I18n);

  readonly record = input.required<LearnerRecord>();
  /** Staff: a button to delete each result. */
  readonly canDelete = input(false);
  /** The result a deletion is on its way for (the buttons wait). */
  readonly busyId = input<string | null>(null);
  readonly remove = output<Achievement>();

  protected readonly groups = unitsByState;
  protected readonly share = recognisedShare;

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  /** Where a unit was achieved: the home school, a host institution abroad, a company. */
  protected where(place: UnitProgress['place'], name: string | null): string {
    if (place === null) return '';
    return this.i18n.t(`record.where.${place}`, {
      name: name ?? this.record().learner.institutionName,
    });
  }

  protected unitCode(enrolment: EnrolmentRecord, unitId: string): string {
    return enrolment.units.find((u) => u.unitId === unitId)?.code ?? unitId;
  }

  /** A method's name (the curriculum's assessment methods), else as recorded. */
  protected method(method: string): string {
    const key = `method.${method}`;
    const name = this.i18n.t(key);
    return name === key ? method : name;
  }

  protected resultId(achievement: Achievement): string {
    return `result-${achievement.id}`;
  }
}
