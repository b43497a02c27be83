import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
  viewChildren,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  percentCurrent,
  translationProgress,
  type TextTranslations,
  type TranslationOverview,
  type TranslationState,
  type XliffImportResult,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { TranslationsApi } from './translations-api';

/** Which texts the list shows. */
const FILTERS = {
  open: ['missing', 'stale'],
  stale: ['stale'],
  missing: ['missing'],
  all: ['missing', 'stale', 'current'],
} as const satisfies Record<string, readonly TranslationState[]>;
type Filter = keyof typeof FILTERS;

/** A row being edited: the draft of its translation and what became of the last save. */
interface Draft {
  readonly text: string;
  readonly saved: 'idle' | 'saving' | 'saved' | 'error';
  readonly error?: string;
}

/**
 * Source and translation side by side, filtered to the missing or stale translations of one
 * language (ADR 0025): Alt+↓ and Alt+↑ move between texts, Ctrl+Enter saves one (a stale one
 * unchanged is confirmed) and moves on; the progress per language above; XLIFF out and in.
 */
@Component({
  selector: 'cb-translations-page',
  imports: [RouterLink, TPipe],
  templateUrl: './translations-page.html',
  styleUrl: './translations-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranslationsPage implements OnInit {
  private readonly api = inject(TranslationsApi);
  protected readonly i18n = inject(I18n);
  /** The curriculum's id (route parameter). */
  readonly id = input.required<string>();
  /** The language to start with (query parameter `lang`, e.g. from the dashboard). */
  readonly lang = input<string>();

  protected readonly overview = signal<TranslationOverview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly language = signal('');
  protected readonly filter = signal<Filter>('open');
  protected readonly filters = Object.keys(FILTERS) as Filter[];
  protected readonly drafts = signal<Readonly<Record<string, Draft>>>({});
  protected readonly imported = signal<XliffImportResult | null>(null);
  protected readonly languageNames = LANGUAGE_NAMES;
  private readonly targets = viewChildren<ElementRef<HTMLTextAreaElement>>('target');

  /** The declared languages texts are translated into. */
  protected readonly targetLanguages = computed(() => {
    const o = this.overview();
    return o === null ? [] : o.languages.filter((l) => l !== o.primaryLanguage);
  });
  /** The texts the filter shows for the chosen language; rows saved meanwhile stay in place. */
  protected readonly rows = computed(() => {
    const o = this.overview();
    const language = this.language();
    const states: readonly TranslationState[] = FILTERS[this.filter()];
    const touched = this.drafts();
    return (o?.texts ?? []).filter((text) => {
      const target = text.targets[language];
      return (
        target !== undefined && (states.includes(target.state) || touched[text.key] !== undefined)
      );
    });
  });
  protected readonly progress = computed(() => this.overview()?.progress ?? []);

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      const overview = await this.api.overview(this.id());
      this.overview.set(overview);
      const languages = overview.languages.filter((l) => l !== overview.primaryLanguage);
      // The language asked for, else the interface's or the first with work left, else the first.
      const open = (l: string) =>
        overview.progress.some((p) => p.language === l && p.stale + p.missing > 0);
      const asked = this.lang();
      const ui = this.i18n.language();
      const wanted =
        asked !== undefined && languages.includes(asked)
          ? asked
          : languages.includes(ui) && open(ui)
            ? ui
            : undefined;
      if (!languages.includes(this.language()))
        this.language.set(wanted ?? languages.find(open) ?? languages[0] ?? '');
      this.drafts.set({});
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  protected setLanguage(language: string): void {
    this.language.set(language);
    this.drafts.set({});
    this.imported.set(null);
  }

  protected setFilter(filter: string): void {
    this.filter.set(filter as Filter);
    this.drafts.set({});
  }

  protected draftOf(text: TextTranslations): string {
    return this.drafts()[text.key]?.text ?? text.targets[this.language()]?.text ?? '';
  }

  protected savedOf(text: TextTranslations): Draft['saved'] {
    return this.drafts()[text.key]?.saved ?? 'idle';
  }

  protected errorOf(text: TextTranslations): string | undefined {
    return this.drafts()[text.key]?.error;
  }

  protected edit(text: TextTranslations, value: string): void {
    this.drafts.update((d) => ({ ...d, [text.key]: { text: value, saved: 'idle' } }));
  }

  /** A readable place of a text: "CNC-01 · outcome · text". */
  protected placeOf(text: TextTranslations): string {
    const field = this.i18n.t(`translations.field.${text.owner}.${text.field}`);
    return text.unitCode === null ? field : `${text.unitCode} · ${field}`;
  }

  /** Saves one translation (unchanged: confirms it against the current source). */
  protected async save(text: TextTranslations, index: number): Promise<void> {
    const language = this.language();
    const value = this.draftOf(text);
    this.drafts.update((d) => ({ ...d, [text.key]: { text: value, saved: 'saving' } }));
    try {
      const saved = await this.api.translate(
        this.id(),
        text.key,
        language,
        value,
        text.sourceVersion,
      );
      this.overview.update((o) =>
        o === null ? o : { ...o, texts: o.texts.map((t) => (t.key === saved.key ? saved : t)) },
      );
      this.drafts.update((d) => ({ ...d, [text.key]: { text: value, saved: 'saved' } }));
      this.refreshProgress();
      this.focus(index + 1);
    } catch (error) {
      const failure = apiError(error);
      const current = failure.current as TextTranslations | undefined;
      if (current !== undefined)
        this.overview.update((o) =>
          o === null
            ? o
            : { ...o, texts: o.texts.map((t) => (t.key === current.key ? current : t)) },
        );
      this.drafts.update((d) => ({
        ...d,
        [text.key]: {
          text: value,
          saved: 'error',
          error:
            current !== undefined ? this.i18n.t('translations.sourceChanged') : failure.message,
        },
      }));
    }
  }

  /** Alt+↓/↑: the next or previous text; Ctrl+Enter (⌘+Enter): save and go on. */
  protected onKey(event: KeyboardEvent, text: TextTranslations, index: number): void {
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      this.focus(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void this.save(text, index);
    }
  }

  private focus(index: number): void {
    const all = this.targets();
    all[Math.max(0, Math.min(index, all.length - 1))]?.nativeElement.focus();
  }

  /** The progress from the texts as they are now (after saves). */
  private refreshProgress(): void {
    this.overview.update((o) =>
      o === null ? o : { ...o, progress: translationProgress(o, o.texts) },
    );
  }

  protected readonly percent = percentCurrent;

  protected xliffUrl(): string {
    return this.api.xliffUrl(this.id(), this.language(), FILTERS[this.filter()].join(','));
  }

  protected async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (file === undefined) return;
    this.error.set(null);
    try {
      this.imported.set(await this.api.importXliff(this.id(), file));
      input.value = '';
      await this.load();
    } catch (error) {
      const failure = apiError(error);
      this.error.set(
        failure.errors.map((e) => `${e.path}: ${e.message}`).join('; ') || failure.message,
      );
    }
  }
}
