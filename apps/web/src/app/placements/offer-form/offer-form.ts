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
import { Router, RouterLink } from '@angular/router';
import type {
  EscoReference,
  PlacementOffer,
  PlacementOfferStatus,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { errorText, sentErrorText } from '../../core/api/error-text';
import { FormProblems, focusFirstInvalid } from '../../core/forms/form-problems';
import { countryOptions } from '../../core/i18n/countries';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EscoPicker } from '../../esco/esco-picker';
import { PlacementsApi } from '../placements-api';
import {
  OFFER_FIELDS,
  type OfferDraft,
  type OfferField,
  emptyOffer,
  offerBody,
  offerChanges,
  offerDraft,
  offerProblems,
  rebased,
  withTextsIn,
} from './offer-draft';

type TextField = Exclude<
  keyof OfferDraft,
  'escoSkills' | 'languages' | 'status' | 'otherTitles' | 'otherActivities'
>;

/** The field a draft's value is shown at (its problems use the request's paths). */
const FIELD_OF: Partial<Record<TextField, OfferField>> = {
  contactName: 'contact.name',
  contactEmail: 'contact.email',
};

/** Whether the `current` of a 409 answer is an offer. */
const isOffer = (value: unknown): value is PlacementOffer =>
  typeof value === 'object' && value !== null && 'id' in value && 'version' in value;

/**
 * A work-based learning placement offer, new (`/placements/new`) or changed
 * (`/placements/:id/edit`): the company, title and activities (in a language chosen, the interface
 * language at first), place, period, hours, places, the ESCO skills learners practise, the
 * languages they can work in, and whom schools contact; an offer being changed also has its
 * status (a closed one can be opened again). Published or saved at once; back to the offers when
 * it is.
 */
@Component({
  selector: 'cb-offer-form',
  imports: [RouterLink, TPipe, Localized, EscoPicker],
  templateUrl: './offer-form.html',
  styleUrls: ['../../mobility/mobility-forms.css'],
  styles: `
    .status {
      color: var(--cb-ok);
      font-weight: 600;
    }
    .status:empty {
      margin: 0;
    }
    .conflict {
      display: grid;
      gap: 0.5rem;
    }
    .conflict p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferForm {
  private readonly api = inject(PlacementsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly title = inject(Title);

  /** The offer to change, from the route (`/placements/:id/edit`); none for a new one. */
  readonly id = input<string>();
  protected readonly editing = computed(() => this.id() !== undefined);
  /** The offer as stored, that the form was filled from (its version is the one sent). */
  protected readonly offer = signal<PlacementOffer | null>(null);
  protected readonly loadError = signal<string | null>(null);

  protected readonly draft = signal<OfferDraft>(emptyOffer(this.i18n.language()));
  protected readonly problems = new FormProblems<OfferField>('offer', OFFER_FIELDS);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Someone else saved the offer meanwhile (see `conflicted`). */
  protected readonly conflict = signal(false);
  /** What was done without leaving the form, for the live region. */
  protected readonly status = signal('');
  protected readonly languageOptions = Object.entries(LANGUAGE_NAMES);
  /** The languages the title can be in: ours, and any other an offer being changed has. */
  protected readonly textLanguages = computed(() => {
    const d = this.draft();
    const codes = [
      d.textLanguage,
      ...Object.keys(d.otherTitles),
      ...Object.keys(d.otherActivities),
    ];
    const extra = codes.filter((code, i) => !(code in LANGUAGE_NAMES) && codes.indexOf(code) === i);
    return [...this.languageOptions, ...extra.map((code) => [code, code] as [string, string])];
  });
  protected readonly countries = computed(() =>
    countryOptions(this.i18n.language(), this.draft().country),
  );
  /** The places accepted requests hold: the fewest the offer can have. */
  protected readonly taken = computed(() => this.offer()?.taken ?? 0);
  protected readonly heading = computed(() => {
    const offer = this.offer();
    if (!this.editing()) return this.i18n.t('placements.form.title');
    if (offer === null) return this.i18n.t('placements.edit.pageTitle');
    return this.i18n.t('placements.edit.title', { title: this.offerTitle(offer) });
  });

  constructor() {
    effect(() => {
      const id = this.id();
      if (id !== undefined) untracked(() => void this.load(id));
    });
  }

  private offerTitle(offer: PlacementOffer): string {
    return pickText(offer.title, this.i18n.language(), offer.languages.at(0) ?? 'en').text;
  }

  /** Fills the form with the stored offer, its texts in the interface language if it has them. */
  private async load(id: string): Promise<void> {
    this.offer.set(null);
    this.loadError.set(null);
    this.conflict.set(false);
    this.error.set(null);
    this.problems.set({});
    try {
      const offer = await this.api.offer(id);
      const language = pickText(
        offer.title,
        this.i18n.language(),
        offer.languages.at(0) ?? 'en',
      ).language;
      this.offer.set(offer);
      this.draft.set(offerDraft(offer, language));
      this.title.setTitle(`${this.heading()} · ${this.i18n.t('app.name')}`);
      this.focus('h1');
    } catch (error) {
      this.loadError.set(errorText((key, params) => this.i18n.t(key, params), error));
      this.focus('h1');
    }
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  protected set(field: TextField, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.problems.clear(FIELD_OF[field] ?? (field as OfferField));
  }

  /**
   * A new offer's texts are in the language chosen; an offer being changed shows its texts in the
   * language chosen (those typed so far kept aside, and saved with the others).
   */
  protected chooseTextLanguage(language: string): void {
    if (this.editing()) this.draft.update((draft) => withTextsIn(draft, language));
    else this.set('textLanguage', language);
    this.problems.clear('title');
    this.problems.clear('activities');
  }

  protected setStatus(status: PlacementOfferStatus): void {
    this.draft.update((draft) => ({ ...draft, status }));
  }

  protected addSkill(skill: EscoReference): void {
    if (this.draft().escoSkills.some((s) => s.uri === skill.uri)) return;
    this.draft.update((draft) => ({ ...draft, escoSkills: [...draft.escoSkills, skill] }));
    this.problems.clear('escoSkills');
  }

  protected removeSkill(uri: string): void {
    this.draft.update((draft) => ({
      ...draft,
      escoSkills: draft.escoSkills.filter((skill) => skill.uri !== uri),
    }));
    // The button that had the focus is gone: back to the picker.
    this.host.querySelector<HTMLElement>('#offer-escoSkills')?.focus();
  }

  protected skillName(skill: EscoReference): string {
    const label = skill.label;
    return label[this.draft().textLanguage] ?? label['en'] ?? Object.values(label)[0] ?? skill.uri;
  }

  protected toggleLanguage(code: string, on: boolean): void {
    this.draft.update((draft) => ({
      ...draft,
      languages: on
        ? [...draft.languages.filter((l) => l !== code), code]
        : draft.languages.filter((l) => l !== code),
    }));
    this.problems.clear('languages');
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const draft = this.draft();
    const offer = this.offer();
    if (this.editing() && offer === null) return;
    this.error.set(null);
    this.status.set('');
    const found = offerProblems(draft, this.taken());
    this.problems.set(
      Object.fromEntries(
        Object.entries(found).map(([field, problem]) => [
          field,
          this.i18n.t(problem.key, problem.params),
        ]),
      ),
    );
    if (this.problems.any) {
      focusFirstInvalid(this.host, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      if (offer === null) {
        await this.api.createOffer(offerBody(draft));
        // The offers say it is published (their live region reads the navigation's state).
        await this.router.navigate(['/placements'], { state: { published: draft.title.trim() } });
      } else {
        const saved = await this.api.updateOffer(offer.id, {
          version: offer.version,
          ...offerChanges(draft, offer),
        });
        this.conflict.set(false);
        await this.router.navigate(['/placements'], {
          state: { saved: this.offerTitle(saved) },
        });
      }
    } catch (error) {
      const failure = apiError(error);
      if (offer !== null && failure.status === 409) {
        await this.conflicted(offer, failure.current);
        return;
      }
      const rest = this.problems.fromServer(failure.errors);
      if (this.problems.any) focusFirstInvalid(this.host, this.injector);
      if (!this.problems.any || rest.length > 0) {
        this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * Someone else saved the offer since it was loaded. The form keeps what was typed in it (nothing
   * is lost silently) and takes every field not changed here from the stored offer, whose version
   * the next save sends; the message says so and offers to discard the changes made here instead.
   */
  private async conflicted(base: PlacementOffer, current: unknown): Promise<void> {
    try {
      const stored = isOffer(current) ? current : await this.api.offer(base.id);
      const language = this.draft().textLanguage;
      this.draft.set(
        rebased(this.draft(), offerDraft(base, language), offerDraft(stored, language)),
      );
      this.offer.set(stored);
      this.problems.set({});
      this.conflict.set(true);
      this.focus('#offer-conflict');
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  /** After a conflict: the stored offer in the form, the changes made here dropped. */
  protected discardChanges(): void {
    const offer = this.offer();
    if (offer === null) return;
    this.draft.set(offerDraft(offer, this.draft().textLanguage));
    this.problems.set({});
    this.conflict.set(false);
    this.error.set(null);
    this.status.set(this.i18n.t('placements.edit.discarded'));
    this.focus('h1');
  }
}
