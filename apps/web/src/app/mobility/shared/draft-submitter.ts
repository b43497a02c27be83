import { ElementRef, Injector, type WritableSignal, inject } from '@angular/core';
import { apiError } from '../../core/api/api-error';
import { sentErrorText } from '../../core/api/error-text';
import { type FormProblems, focusFirstInvalid } from '../../core/forms/form-problems';
import { I18n } from '../../core/i18n/i18n';

/** The state of a form that creates a document from a draft, handed to `draftSubmitter`. */
export interface DraftForm<F extends string> {
  readonly problems: FormProblems<F>;
  /** Set while the form is on its way (the submit button waits). */
  readonly busy: WritableSignal<boolean>;
  /** The form's own message (a failure no field explains). */
  readonly error: WritableSignal<string | null>;
}

/** One submission of the form. */
export interface DraftSubmission<F extends string> {
  /** The problems the browser finds, as message keys by field; none: the form is sent. */
  readonly problems: Partial<Record<F, string>>;
  /** Sends the form and goes on (to the created document's page). */
  readonly send: () => Promise<void>;
  /** The fields the server's field errors may name (default: those of the `FormProblems`). */
  readonly serverFields?: readonly F[];
}

/**
 * Submits a form (call it in the form's injection context, e.g. a field initializer): one at a
 * time; the problems found in the browser at their fields with the focus on the first, else the
 * form is sent; the server's field errors at their fields (the focus on the first), and the form's
 * message for the rest.
 */
export function draftSubmitter<F extends string>(
  form: DraftForm<F>,
): (submission: DraftSubmission<F>) => Promise<void> {
  const i18n = inject(I18n);
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  return async ({ problems, send, serverFields }) => {
    if (form.busy()) return;
    form.error.set(null);
    form.problems.set(
      Object.fromEntries(
        Object.entries<string | undefined>(problems).map(([field, key]) => [
          field,
          i18n.t(key ?? ''),
        ]),
      ) as Partial<Record<F, string>>,
    );
    if (form.problems.any) {
      focusFirstInvalid(host, injector);
      return;
    }
    form.busy.set(true);
    try {
      await send();
    } catch (error) {
      const rest = form.problems.fromServer(apiError(error).errors, serverFields);
      if (form.problems.any) focusFirstInvalid(host, injector);
      if (!form.problems.any || rest.length > 0) {
        form.error.set(sentErrorText((key, params) => i18n.t(key, params), error));
      }
    } finally {
      form.busy.set(false);
    }
  };
}
