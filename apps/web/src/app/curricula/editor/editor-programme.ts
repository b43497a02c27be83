import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  LIMITS,
  type ElectiveGroup,
  type LocalizedText,
  type RuleThresholds,
} from '@curriculum-builder/curriculum';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { Field } from './field';
import { num, toggle } from './form-values';
import { fieldId } from './pending-changes';

/** The partner languages first, then the others a curriculum already has. */
const PARTNER_LANGUAGES = ['de', 'en', 'lt', 'lv', 'et'];

/**
 * The qualification tab's second half: the languages of the content, the elective groups with the
 * points a pathway takes from each, and the thresholds the ECVET checks apply.
 */
@Component({
  selector: 'cb-editor-programme',
  imports: [Field, TPipe],
  templateUrl: './editor-programme.html',
  styleUrls: ['./editor-forms.css', './editor.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorProgramme {
  protected readonly state = inject(EditorState);
  /** The content language being edited. */
  readonly lang = input.required<string>();

  protected readonly limits = LIMITS;
  protected readonly fieldId = fieldId;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly c = computed(() => this.state.working());
  protected readonly languageChoices = computed(() => [
    ...new Set([...PARTNER_LANGUAGES, ...(this.c()?.languages ?? [])]),
  ]);

  protected text(value: LocalizedText | undefined): string {
    return value?.[this.lang()] ?? '';
  }

  /** A language on or off; the primary language stays on. */
  protected setLanguage(code: string, on: boolean): void {
    const c = this.c();
    if (!c || (!on && code === c.primaryLanguage)) return;
    this.state.editCurriculum({ languages: toggle(c.languages, code, on) });
  }

  protected setPrimary(code: string): void {
    const c = this.c();
    if (!c) return;
    this.state.editCurriculum({
      primaryLanguage: code,
      languages: toggle(c.languages, code, true),
    });
  }

  protected editGroup(index: number, patch: Partial<ElectiveGroup>): void {
    const groups = this.c()?.electiveGroups ?? [];
    this.state.editCurriculum({
      electiveGroups: groups.map((g, i) => (i === index ? { ...g, ...patch } : g)),
    });
  }

  protected groupTitle(group: ElectiveGroup, text: string): LocalizedText {
    return { ...group.title, [this.lang()]: text };
  }

  protected addGroup(): void {
    const groups = this.c()?.electiveGroups ?? [];
    const code = `WP${groups.length + 1}`;
    this.state.editCurriculum({
      electiveGroups: [...groups, { code, title: { [this.lang()]: code }, pointsRequired: 0 }],
    });
  }

  /** Takes a group off; its units stay, and the checks ask for a group for them. */
  protected removeGroup(index: number): void {
    const groups = this.c()?.electiveGroups ?? [];
    this.state.editCurriculum({ electiveGroups: groups.filter((_, i) => i !== index) });
  }

  protected editThreshold(name: keyof RuleThresholds, value: string | number): void {
    const c = this.c();
    if (!c) return;
    const share = name === 'minWblShare' ? num(value) / 100 : num(value);
    this.state.editCurriculum({ thresholds: { ...c.thresholds, [name]: share } });
  }
}
