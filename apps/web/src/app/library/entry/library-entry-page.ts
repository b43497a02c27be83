import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type {
  LibraryEntry,
  LibraryVersion,
  LocalizedText,
  Unit,
} from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { countryName } from '../../core/i18n/countries';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { LibraryApi } from '../library-api';
import { EntryFacts } from '../shared/entry-facts';
import { AdoptDialog, type Adoption } from './adopt-dialog';
import { LibraryUnit } from './library-unit';

/**
 * One entry of the library: its facts, the unit of the version shown (the latest, or one chosen
 * from the list of versions) in full, where it is used, and "Adopt" for authors, which opens the
 * adopt dialog and then links the curriculum the copy went into. A whole curriculum (a
 * good-practice example) shows its units one by one, each with its own "Adopt", and "Copy as a
 * new draft", which copies the version shown and links the new draft.
 */
@Component({
  selector: 'cb-library-entry-page',
  imports: [RouterLink, Localized, TPipe, EntryFacts, LibraryUnit, AdoptDialog],
  templateUrl: './library-entry-page.html',
  styleUrl: './library-entry-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryEntryPage {
  private readonly api = inject(LibraryApi);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** The entry id, from the route. */
  readonly id = input.required<string>();

  protected readonly entry = signal<LibraryEntry | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The version whose unit is shown; null: the latest. */
  protected readonly chosen = signal<LibraryVersion | null>(null);
  protected readonly shown = computed(() => this.chosen() ?? this.entry()?.latest ?? null);
  protected readonly versionBusy = signal<number | null>(null);
  protected readonly versionError = signal<string | null>(null);
  protected readonly adopting = signal(false);
  /** The unit of a curriculum entry the dialog adopts; null: the entry's unit. */
  protected readonly adoptingUnit = signal<{ unit: Unit; version: number } | null>(null);
  protected readonly adoption = signal<Adoption | null>(null);
  protected readonly copying = signal(false);
  /** The new draft a curriculum entry was copied into. */
  protected readonly copy = signal<string | null>(null);
  protected readonly copyError = signal<string | null>(null);
  /** The language a text falls back to: the first its entry is written in. */
  protected readonly primary = computed(() => this.entry()?.languages.at(0) ?? 'en');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected country(code: string): string {
    return countryName(code, this.i18n.language());
  }

  protected curriculumTitle(adoption: Adoption): string {
    const { code, title, primaryLanguage } = adoption.curriculum;
    return `${code} ${pickText(title, this.i18n.language(), primaryLanguage).text}`;
  }

  /** Shows the unit as version `number` published it. */
  protected async show(number: number): Promise<void> {
    const entry = this.entry();
    if (entry === null || this.versionBusy() !== null) return;
    this.versionError.set(null);
    if (number === entry.latest.number) {
      this.chosen.set(null);
      return;
    }
    this.versionBusy.set(number);
    try {
      this.chosen.set(await this.api.version(entry.id, number));
    } catch (error) {
      this.versionError.set(errorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.versionBusy.set(null);
    }
  }

  /** Opens the adopt dialog for the entry's unit, or for `unit` of the curriculum version shown. */
  protected openAdopt(unit: Unit | null = null): void {
    const version = this.shown()?.number ?? 0;
    this.adoption.set(null);
    this.adoptingUnit.set(unit === null ? null : { unit, version });
    this.adopting.set(true);
  }

  protected closeAdopt(): void {
    const unit = this.adoptingUnit()?.unit;
    this.adopting.set(false);
    this.focusLater(unit === undefined ? '#adopt-open' : `#adopt-unit-${unit.id}`);
  }

  /** Copies the curriculum version shown as a new draft of the caller's school. */
  protected async copyAsDraft(): Promise<void> {
    const entry = this.entry();
    const version = this.shown();
    if (entry === null || version === null || this.copying()) return;
    this.copying.set(true);
    this.copyError.set(null);
    try {
      this.copy.set((await this.api.copyAsDraft(entry.id, version.number)).id);
      await this.load(entry.id, false);
    } catch (error) {
      this.copyError.set(errorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.copying.set(false);
    }
  }

  protected hasText(text: LocalizedText): boolean {
    return pickText(text, this.i18n.language(), this.primary()).text.trim() !== '';
  }

  /** The copy is made: the count of adoptions changes, and the page links the curriculum. */
  protected async adopted(adoption: Adoption): Promise<void> {
    this.adoption.set(adoption);
    this.closeAdopt();
    await this.load(this.id(), false);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  private async load(id: string, fresh = true): Promise<void> {
    if (fresh) {
      this.loadError.set(null);
      this.chosen.set(null);
      this.adoption.set(null);
      this.copy.set(null);
    }
    try {
      const entry = await this.api.entry(id);
      this.entry.set(entry);
      const title = pickText(entry.title, this.i18n.language(), entry.languages.at(0) ?? 'en').text;
      this.title.setTitle(`${entry.code} ${title} · ${this.i18n.t('app.name')}`);
    } catch (error) {
      if (fresh) this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
