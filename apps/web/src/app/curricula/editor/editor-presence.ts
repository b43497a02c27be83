import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { LocalizedText } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { EditorLive } from './editor-live';
import { EditorState } from './editor-state';

/** Who else has the curriculum open, and where ("Rūta is editing SFO-02"). */
@Component({
  selector: 'cb-editor-presence',
  template: `
    @if (othersHere().length > 0) {
      <p class="presence" role="status" data-testid="presence">{{ othersHere().join(' · ') }}</p>
    }
  `,
  styles: `
    .presence {
      margin: 0.5rem 0 0;
      font-size: 0.9rem;
      color: var(--cb-muted-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorPresence {
  private readonly state = inject(EditorState);
  private readonly live = inject(EditorLive);
  private readonly i18n = inject(I18n);

  /** The others who have it open, each with what they are at, as a sentence. */
  protected readonly othersHere = computed(() => {
    const c = this.state.working();
    return this.live.others().map((entry) => {
      const who =
        entry.userId === this.live.myId() ? this.i18n.t('editor.presence.you') : entry.name;
      const unit = /^units\[(\d+)\]/.exec(entry.part ?? '')?.[1];
      const period = /^workBasedLearning\[(\d+)\]/.exec(entry.part ?? '')?.[1];
      const where =
        unit !== undefined
          ? (c?.units[Number(unit)]?.code ?? '')
          : period !== undefined
            ? this.text(c?.workBasedLearning[Number(period)]?.title, c?.primaryLanguage)
            : entry.part === null
              ? ''
              : this.i18n.t(
                  `editor.tab.${entry.part === 'workBasedLearning' ? 'wbl' : entry.part}`,
                );
      return where === ''
        ? this.i18n.t('editor.presence.here', { who })
        : this.i18n.t('editor.presence.at', { who, where });
    });
  });

  private text(value: LocalizedText | undefined, primary: string | undefined): string {
    return value?.[primary ?? ''] ?? Object.values(value ?? {})[0] ?? '';
  }
}
