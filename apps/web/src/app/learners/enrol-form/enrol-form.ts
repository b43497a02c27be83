import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import type { CurriculumSummary } from '@curriculum-builder/curriculum';
import type { CreateLearnerDto } from '@curriculum-builder/curriculum/dto';
import { apiError } from '../../core/api/api-error';
import { sentErrorText } from '../../core/api/error-text';
import { FormProblems, focusFirstInvalid } from '../../core/forms/form-problems';
import { I18n } from '../../core/i18n/i18n';
import { pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { LearnersApi } from '../learners-api';

const FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'learnerNumber',
  'accountEmail',
  'curriculumId',
  'startedOn',
] as const;
type Field = (typeof FIELDS)[number];
export type EnrolDraft = Record<Field, string>;

const REQUIRED: readonly Field[] = [
  'givenName',
  'familyName',
  'learnerNumber',
  'curriculumId',
  'startedOn',
];

/** The body of `POST /learners`: texts trimmed, the optional fields only when given. */
export function enrolBody(draft: EnrolDraft): CreateLearnerDto {
  const optional = (value: string) => value.trim();
  return {
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    ...(optional(draft.dateOfBirth) === '' ? {} : { dateOfBirth: draft.dateOfBirth }),
    learnerNumber: draft.learnerNumber.trim(),
    ...(optional(draft.accountEmail) === '' ? {} : { accountEmail: draft.accountEmail.trim() }),
    curriculumId: draft.curriculumId,
    startedOn: draft.startedOn,
  };
}

/** "Enrol a learner": the learner's few facts and the published curriculum of the enrolment. */
@Component({
  selector: 'cb-enrol-form',
  imports: [TPipe],
  templateUrl: './enrol-form.html',
  styleUrl: '../../mobility/mobility-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolForm {
  private readonly api = inject(LearnersApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly curricula = signal<readonly CurriculumSummary[]>([]);
  protected readonly draft = signal<EnrolDraft>({
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    learnerNumber: '',
    accountEmail: '',
    curriculumId: '',
    startedOn: '',
  });
  protected readonly problems = new FormProblems<Field>('enrol', FIELDS);
  protected readonly nameFields = ['givenName', 'familyName'] as const;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected set(field: Field, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.problems.clear(field);
  }

  protected curriculumLabel(curriculum: CurriculumSummary): string {
    const title = pickText(curriculum.title, this.i18n.language(), curriculum.primaryLanguage);
    return `${curriculum.code} — ${title.text}`;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.error.set(null);
    const draft = this.draft();
    const problems: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) {
      if (draft[field].trim() === '') problems[field] = this.i18n.t(`learners.problem.${field}`);
    }
    this.problems.set(problems);
    if (this.problems.any) {
      focusFirstInvalid(this.host, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const learner = await this.api.enrol(enrolBody(draft));
      await this.router.navigate(['/learners', learner.id]);
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

  private async load(): Promise<void> {
    try {
      this.curricula.set(await this.api.publishedCurricula());
    } catch (error) {
      this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }
}
