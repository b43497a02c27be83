/* eslint-disable @nx/enforce-module-boundaries -- the web app's message catalogues are data the
   journeys read, so that a journey in Latvian finds each button by the name a Latvian user sees. */
import { IntlMessageFormat } from 'intl-messageformat';
import { ALL_MESSAGES } from '../../../web/src/app/core/i18n/all-messages';
import type { UiLanguage } from '../../../web/src/app/core/i18n/i18n';
/* eslint-enable @nx/enforce-module-boundaries */

const BUNDLES = Object.values(ALL_MESSAGES);

export type { UiLanguage };

/** The interface's words in one language: `ui.t('editor.save')`, `ui.t('common.points', { points: 3 })`. */
export interface UiText {
  readonly language: UiLanguage;
  /** The message as the app writes it (ICU plurals and numbers included). */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** The message as a pattern for `hasText`/`name`: the given arguments fixed, the others any text. */
  pattern(key: string, params?: Readonly<Record<string, string | number>>): RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The messages of every area in `language` (English where a message is missing, as in the app). */
export async function uiText(language: UiLanguage): Promise<UiText> {
  const messages: Record<string, string> = {};
  for (const bundle of BUNDLES) Object.assign(messages, bundle.en);
  if (language !== 'en') {
    for (const bundle of BUNDLES) Object.assign(messages, await bundle.translations[language]());
  }
  const template = (key: string): string => {
    const message = messages[key];
    if (message === undefined) throw new Error(`No message ${key}`);
    return message;
  };
  const t: UiText['t'] = (key, params = {}) => {
    const message = template(key);
    return String(new IntlMessageFormat(message, language).format(params));
  };
  const pattern: UiText['pattern'] = (key, params = {}) => {
    // The given arguments are written as the app writes them; every other placeholder (a plain
    // argument or a whole plural) matches any text.
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    const message = template(key);
    for (let i = 0; i < message.length; i++) {
      if (message[i] === '{') {
        if (depth === 0) {
          parts.push(escape(message.slice(start, i)));
          start = i;
        }
        depth++;
      } else if (message[i] === '}' && --depth === 0) {
        const placeholder = message.slice(start, i + 1);
        const name = /^\{(\w+)/.exec(placeholder)?.[1] ?? '';
        parts.push(
          name in params
            ? escape(String(new IntlMessageFormat(placeholder, language).format(params)))
            : '.*?',
        );
        start = i + 1;
      }
    }
    parts.push(escape(message.slice(start)));
    return new RegExp(parts.join(''));
  };
  return { language, t, pattern };
}
