import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { quote, textIn, unitName, unitPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/**
 * Our own lexicon of what makes a learning outcome hard to assess, per language of the partners
 * (English, German, Lithuanian, Latvian, Estonian): verbs that name no observable performance, and
 * the openings of bare noun phrases ("Knowledge of CNC machines"). Words are matched whole, in
 * lower case; a phrase of several words matches as it stands.
 */
export const VAGUE_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'understand',
    'understands',
    'know',
    'knows',
    'be aware of',
    'is aware of',
    'be familiar with',
    'is familiar with',
    'appreciate',
    'appreciates',
    'learn about',
    'learns about',
  ],
  de: [
    'verstehen',
    'versteht',
    'kennen',
    'kennt',
    'wissen',
    'weiß',
    'kennenlernen',
    'bewusst sein',
  ],
  lt: ['suprasti', 'supranta', 'žinoti', 'žino', 'išmanyti', 'išmano', 'susipažinti'],
  lv: ['saprast', 'saprot', 'izprast', 'izprot', 'zināt', 'zina', 'pārzināt', 'pārzina'],
  et: ['mõistma', 'mõistab', 'teadma', 'teab', 'tundma', 'tunneb', 'teadlik olema', 'on teadlik'],
};

const NOUN_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['knowledge of', 'understanding of', 'awareness of', 'familiarity with', 'basics of'],
  de: ['kenntnis', 'kenntnisse', 'wissen über', 'wissen um', 'verständnis', 'grundlagen'],
  lt: ['žinios', 'supratimas', 'išmanymas'],
  lv: ['zināšanas', 'izpratne'],
  et: ['teadmised', 'arusaamine', 'teadlikkus'],
};

/** The words of a text: lower case, letters and digits of any script, in order. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `phrase` (one or more words) stands in `tokens` as whole words. */
function contains(tokens: readonly string[], phrase: string): boolean {
  const wanted = phrase.split(' ');
  for (let i = 0; i + wanted.length <= tokens.length; i++)
    if (wanted.every((word, k) => tokens[i + k] === word)) return true;
  return false;
}

const startsWith = (tokens: readonly string[], phrase: string): boolean => {
  const wanted = phrase.split(' ');
  return wanted.every((word, k) => tokens[k] === word);
};

/**
 * OUTCOME-QUALITY (warnings): a learning outcome states what a learner can be seen to do —
 * (1) no verb that names no observable performance ("understand", "kennen", "žinoti" …), in any of
 * its languages; (2) no bare noun phrase ("Knowledge of …", "Kenntnisse …"); (3) no outcome that
 * repeats another, in the same words or the same words in another order, within a unit or across
 * units (in the primary language); (4) every unit has at least one skill outcome.
 */
export function checkOutcomeQuality(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const seen = new Map<string, { unit: string; outcome: number }>();
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    unit.outcomes.forEach((outcome, j) => {
      const path = unitPath(i, `outcomes[${j}].text`);
      const subject = {
        en: `Outcome ${j + 1} of unit ${name}`,
        de: `Lernergebnis ${j + 1} der Einheit ${name}`,
      };
      for (const language of c.languages) {
        const tokens = words(textIn(outcome.text, language));
        if (tokens.length === 0) continue;
        const vague = (VAGUE_VERBS[language] ?? []).find((verb) => contains(tokens, verb));
        if (vague !== undefined)
          findings.push(
            finding('OUTCOME-QUALITY', 'warning', path, {
              en: `${subject.en} (${language}) uses ${quote(vague, 'en')}, which names nothing a learner can be seen to do: use an action verb that can be assessed (set up, measure, program, check …).`,
              de: `${subject.de} (${language}) verwendet ${quote(vague, 'de')}, was keine beobachtbare Handlung beschreibt: ein prüfbares Handlungsverb verwenden (einrichten, messen, programmieren, prüfen …).`,
            }),
          );
        const noun = (NOUN_OPENINGS[language] ?? []).find((opening) => startsWith(tokens, opening));
        if (noun !== undefined)
          findings.push(
            finding('OUTCOME-QUALITY', 'warning', path, {
              en: `${subject.en} (${language}) is a noun phrase (${quote(noun, 'en')} …), not an outcome: say what the learner does with it.`,
              de: `${subject.de} (${language}) ist eine Nominalphrase (${quote(noun, 'de')} …), kein Lernergebnis: sagen, was die Lernenden damit tun.`,
            }),
          );
      }
      // Repetitions in the primary language: the same words, in any order and case.
      const tokens = words(textIn(outcome.text, c.primaryLanguage));
      if (tokens.length === 0) return;
      const key = [...tokens].sort().join(' ');
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { unit: name, outcome: j + 1 });
        return;
      }
      findings.push(
        finding('OUTCOME-QUALITY', 'warning', path, {
          en: `${subject.en} repeats outcome ${first.outcome} of unit ${first.unit}: merge them, or say what differs.`,
          de: `${subject.de} wiederholt Lernergebnis ${first.outcome} der Einheit ${first.unit}: zusammenführen oder den Unterschied benennen.`,
        }),
      );
    });
    if (unit.outcomes.length > 0 && !unit.outcomes.some((o) => o.category === 'skill'))
      findings.push(
        finding('OUTCOME-QUALITY', 'warning', unitPath(i, 'outcomes'), {
          en: `Unit ${name} has no skill outcome: a unit of a vocational qualification says what the learner can do.`,
          de: `Die Einheit ${name} hat kein Lernergebnis der Kategorie Fertigkeit: eine Einheit einer beruflichen Qualifikation sagt, was die Lernenden können.`,
        }),
      );
  });
  return findings;
}
