import { ElementRef, Injector, type WritableSignal, afterNextRender, inject } from '@angular/core';
import { apiError } from '../../core/api/api-error';
import { sentErrorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';

/** What a page deciding on a document (an MoU, a Learning Agreement) hands to `decisionSender`. */
export interface DecisionPage<T extends { readonly id: string }> {
  /** The document shown; the server's answer replaces it. */
  readonly document: WritableSignal<T | null>;
  /** Set while a decision is on its way (the buttons wait). */
  readonly busy: WritableSignal<boolean>;
  /** What was done, for the live region. */
  readonly status: WritableSignal<string>;
  readonly error: WritableSignal<string | null>;
  /** The page's status line, which gets the focus once the decision's buttons are gone. */
  readonly statusLine: string;
  /** Closes the decision buttons (the reason field of a rejection). */
  readonly close: () => void;
  /** Reads the document again and shows it. */
  readonly reload: (id: string) => Promise<void>;
}

/** Sends one decision on the shown document; `done` is the message key of its success. */
export type SendDecision<T> = (done: string, send: (document: T) => Promise<T>) => Promise<void>;

/**
 * Sends a page's decisions (call it in the page's injection context, e.g. a field initializer):
 * one at a time; on success the answer is shown, the buttons close, the status says `done` and the
 * focus goes to the status line; a 409 (changed meanwhile) shows what is stored now and says so;
 * any other failure is the page's error.
 */
export function decisionSender<T extends { readonly id: string }>(
  page: DecisionPage<T>,
): SendDecision<T> {
  const i18n = inject(I18n);
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const focusStatusLine = () =>
    afterNextRender(() => host.querySelector<HTMLElement>(page.statusLine)?.focus(), { injector });

  return async (done, send) => {
    const shown = page.document();
    if (shown === null || page.busy()) return;
    page.busy.set(true);
    page.error.set(null);
    page.status.set('');
    try {
      page.document.set(await send(shown));
      page.close();
      page.status.set(i18n.t(done));
      focusStatusLine();
    } catch (error) {
      if (apiError(error).status === 409) {
        await page.reload(shown.id);
        page.close();
        page.error.set(i18n.t('mobility.changed'));
        focusStatusLine();
      } else {
        page.error.set(sentErrorText((key, params) => i18n.t(key, params), error));
      }
    } finally {
      page.busy.set(false);
    }
  };
}
