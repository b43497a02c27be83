/**
 * The one form in which e-mail addresses are stored and compared: Unicode NFKC (so that `josé`
 * typed with a combining accent, or in full-width letters, is the same address), trimmed, lower
 * case. Accounts are unique by this form.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
