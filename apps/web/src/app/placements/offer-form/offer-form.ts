import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { EscoReference } from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { sentErrorText } from '../../core/api/error-text';
import { FormProblems, focusFirstInvalid } from '../../core/forms/form-problems';
import { countryOptions } from '../../core/i18n/countries';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EscoPicker } from '../../esco/esco-picker';
import { PlacementsApi } from '../placements-api';
import {
  OFFER_FIELDS,
  type OfferDraft,
  type OfferField,
  emptyOffer,
  offerBody,
  offerProblems,
} from './offer-draft';

type TextField = Exclude<keyof OfferDraft, 'escoSkills' | 'languages'>;

/** The field a draft's value is shown at (its problems use the request's paths). */
const FIELD_OF: Partial<Record<TextField, OfferField>> = {
  contactName: 'contact.name',
  contactEmail: 'contact.email',
};

/**
 * A new work-based learning placement offer: the company, title and activities (in a language
 * chosen, the interface language at first), place, period, hours, places, the ESCO skills learners
 * practise, the languages they can work in, and whom schools contact. Published at once; back to
 * the offers when it is.
 */
@Component({
  selector: 'cb-offer-form',
  imports: [RouterLink, TPipe, Localized, EscoPicker],
  templateUrl: './offer-form.html',
  styleUrls: ['../../mobility/mobility-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferForm {
  private readonly api = inject(PlacementsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly draft = signal<OfferDraft>(emptyOffer(this.i18n.language()));
  protected readonly problems = new FormProblems<OfferField>('offer', OFFER_FIELDS);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly languageOptions = Object.entries(LANGUAGE_NAMES);
  protected readonly countries = computed(() =>
    countryOptions(this.i18n.language(), this.draft().country),
  );

  protected set(field: TextField, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.problems.clear(FIELD_OF[field] ?? (field as OfferField));
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
    this.error.set(null);
    const found = offerProblems(draft);
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
      await this.api.createOffer(offerBody(draft));
      // The offers say it is published (their live region reads the navigation's state).
      await this.router.navigate(['/placements'], { state: { published: draft.title.trim() } });
    } catch (error) {
      const rest = this.problems.fromServer(apiError(error).errors);
      if (this.problems.any) focusFirstInvalid(this.host, this.injector);
      if (!this.problems.any || rest.length > 0) {
        this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
