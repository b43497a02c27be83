import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { Unit } from '@curriculum-builder/curriculum';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import type { WalkStep } from '../review-walk';

interface UnitGroup {
  readonly unit: Unit;
  readonly steps: readonly WalkStep[];
}

/** Every outcome as a numbered button, grouped by unit, marked when this reviewer commented on it. */
@Component({
  selector: 'cb-review-outline',
  imports: [Localized, TPipe],
  template: `
    <nav class="outline" [attr.aria-label]="'review.outline.label' | t">
      <h2>{{ 'review.outline.title' | t }}</h2>
      <ol class="units">
        @for (group of groups(); track group.unit.id) {
          <li>
            <span class="unit" [class.current]="group.unit.id === currentUnitId()">
              <span class="code">{{ group.unit.code }}</span>&ngsp;
              <cb-localized
                [value]="group.unit.title"
                [language]="language()"
                [primary]="primary()"
              />
            </span>
            <ol class="outcomes">
              @for (step of group.steps; track step.outcome.id) {
                <li>
                  <button
                    type="button"
                    class="outcome"
                    [class.done]="commented().has(step.outcome.id)"
                    [attr.aria-current]="step.index === current() ? 'step' : null"
                    [attr.data-outcome]="step.outcome.id"
                    (click)="selected.emit(step.index)"
                  >
                    <span class="visually-hidden">{{
                      'review.outline.outcome' | t: { n: step.index + 1 }
                    }}</span>
                    <span aria-hidden="true">{{ step.index + 1 }}</span>
                    @if (commented().has(step.outcome.id)) {
                      <span class="mark" aria-hidden="true">✓</span>
                      <span class="visually-hidden">, {{ 'review.outline.commented' | t }}</span>
                    }
                  </button>
                </li>
              }
            </ol>
          </li>
        }
      </ol>
    </nav>
  `,
  styleUrl: './review-outline.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewOutline {
  readonly steps = input.required<readonly WalkStep[]>();
  readonly current = input.required<number>();
  readonly commented = input.required<ReadonlySet<string>>();
  readonly language = input.required<string>();
  readonly primary = input.required<string>();
  readonly selected = output<number>();

  protected readonly groups = computed<UnitGroup[]>(() => {
    const groups: UnitGroup[] = [];
    for (const step of this.steps()) {
      const last = groups.at(-1);
      if (last?.unit.id === step.unit.id)
        groups[groups.length - 1] = { ...last, steps: [...last.steps, step] };
      else groups.push({ unit: step.unit, steps: [step] });
    }
    return groups;
  });
  protected readonly currentUnitId = computed(() => this.steps()[this.current()]?.unit.id);
}
