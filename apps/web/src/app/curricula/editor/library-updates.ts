import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import {
  type LibraryUpdate,
  type LibraryUpdateOutcome,
  type TextChange,
} from '@curriculum-builder/curriculum';
import { TPipe } from '../../core/i18n/t.pipe';
import { SharingApi } from '../sharing-api';
import { EditorState } from './editor-state';

/**
 * Updates from the shared library (issue #21, ADR 0029): for each adopted unit whose entry has a
 * newer version, what the source changed (outcome by outcome) beside what was edited here; taken
 * whole (keeping the outcomes edited here), by chosen outcomes, or dismissed until the next one.
 */
@Component({
  selector: 'cb-library-updates',
  imports: [TPipe],
  templateUrl: './library-updates.html',
  styleUrl: './library-updates.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryUpdates {
  private readonly api = inject(SharingApi);
  protected readonly state = inject(EditorState);

  readonly curriculumId = input.required<string>();
  /** The content language shown. */
  readonly lang = input.required<string>();

  protected readonly updates = signal<LibraryUpdate[]>([]);
  /** Per adopted unit, the source's outcomes chosen to take. */
  protected readonly chosen = signal<Readonly<Record<string, readonly string[]>>>({});
  protected readonly busy = signal(false);

  constructor() {
    effect(() => void this.load(this.curriculumId()));
  }

  protected async load(id: string): Promise<void> {
    this.updates.set(await this.api.updates(id).catch(() => []));
    this.chosen.set({});
  }

  /** The text of a change in the language shown (else the first language that changed). */
  protected text(changes: readonly TextChange[], side: 'before' | 'after'): string {
    const change = changes.find((c) => c.language === this.lang()) ?? changes[0];
    return change?.[side] ?? '';
  }

  protected textLang(changes: readonly TextChange[]): string {
    return (changes.find((c) => c.language === this.lang()) ?? changes[0])?.language ?? this.lang();
  }

  protected isChosen(update: LibraryUpdate, outcome: LibraryUpdateOutcome): boolean {
    return (this.chosen()[update.unitId] ?? []).includes(outcome.id);
  }

  protected choose(update: LibraryUpdate, outcome: LibraryUpdateOutcome, on: boolean): void {
    this.chosen.update((all) => {
      const now = (all[update.unitId] ?? []).filter((id) => id !== outcome.id);
      return { ...all, [update.unitId]: on ? [...now, outcome.id] : now };
    });
  }

  protected take(update: LibraryUpdate, whole: boolean): Promise<void> {
    const outcomes = whole ? undefined : [...(this.chosen()[update.unitId] ?? [])];
    return this.act((api, id) => api.takeUpdate(id, update.unitId, { outcomes }));
  }

  protected dismiss(update: LibraryUpdate): Promise<void> {
    return this.act((api, id) => api.dismissUpdate(id, update.unitId));
  }

  /** Runs an answer, then reloads the curriculum (through the editor) and the updates. */
  private async act(action: (api: SharingApi, id: string) => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    try {
      const id = this.curriculumId();
      if (await this.state.run(() => action(this.api, id))) await this.load(id);
    } finally {
      this.busy.set(false);
    }
  }
}
