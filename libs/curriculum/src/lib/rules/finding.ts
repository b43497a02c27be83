import type { LocalizedText } from '../model/localized-text';
import type { MessageLanguage } from './rule-support';

export type Severity = 'error' | 'warning';

/** One result of the ECVET rule engine, pointing at the element it is about. */
export interface Finding {
  /** Stable id, e.g. `ECVET-R1`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** English message. */
  readonly message: string;
  /** The message in every language the engine speaks: en, de, lt, lv, et. */
  readonly messages: LocalizedText;
  /** Path to the offending element, e.g. `ecvetPoints` or `units[2].ecvetPoints`. */
  readonly path: string;
}

export function finding(
  ruleId: string,
  severity: Severity,
  path: string,
  messages: Readonly<Record<MessageLanguage, string>>,
): Finding {
  return { ruleId, severity, path, message: messages.en, messages };
}
