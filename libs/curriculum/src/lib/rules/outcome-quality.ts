import { OUTCOME_VERB_LANGUAGES, OutcomeVerbLanguage } from '../model/outcome-verbs';
import { finding, Finding } from './finding';
import { similarPairs } from './near-duplicates';
import { normalizeCurriculum } from './normalize';
import { actionsOf, namesCondition, nonVerbOpening } from './outcome-statement';
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

/** Per language: the vague verbs by their first word, each as its words. */
const VAGUE_INDEX = new Map(
  Object.entries(VAGUE_VERBS).map(([language, verbs]) => {
    const byFirst = new Map<string, string[][]>();
    for (const verb of verbs) {
      const wanted = verb.split(' ');
      byFirst.set(wanted[0], [...(byFirst.get(wanted[0]) ?? []), wanted]);
    }
    return [language, byFirst] as const;
  }),
);

/** The first vague verb of `language` that stands in `tokens` as whole words, if any. */
function vagueVerbIn(language: string, tokens: readonly string[]): string | undefined {
  const byFirst = VAGUE_INDEX.get(language);
  if (byFirst === undefined) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const found = byFirst
      .get(tokens[i])
      ?.find((wanted) => wanted.every((word, k) => tokens[i + k] === word));
    if (found !== undefined) return found.join(' ');
  }
  return undefined;
}

const startsWith = (tokens: readonly string[], phrase: string): boolean => {
  const wanted = phrase.split(' ');
  return wanted.every((word, k) => tokens[k] === word);
};

/** The language of the statement lexicon `language` is written in, or null (not checked). */
const lexiconLanguage = (language: string): OutcomeVerbLanguage | null =>
  OUTCOME_VERB_LANGUAGES.find((known) => known === language) ?? null;

/** How alike two outcomes' words must be (Jaccard) for one to nearly repeat the other. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/**
 * OUTCOME-QUALITY (warnings): a learning outcome states what a learner can be seen to do —
 * (1) no verb that names no observable performance ("understand", "kennen", "žinoti" …), in any of
 * its languages; (2) no bare noun phrase ("Knowledge of …", "Kenntnisse …"); (3) it opens with an
 * action verb, not with an article or a noun made from a verb (German may end in the verb);
 * (4) it names at most two actions, and (5) a skill names a condition or standard, both in the
 * primary language (`outcome-statement.ts`); (6) no outcome repeats another in the same words in
 * any order, or nearly (80 % of its words), within a unit or across units (primary language);
 * (7) every unit has at least one skill outcome.
 */
export function checkOutcomeQuality(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const seen = new Map<string, { unit: string; outcome: number }>();
  const statements: Statement[] = [];
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
        const vague = vagueVerbIn(language, tokens);
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
        const lexicon = lexiconLanguage(language);
        const opening =
          noun === undefined && lexicon !== null
            ? nonVerbOpening(lexicon, textIn(outcome.text, language))
            : null;
        if (opening !== null)
          findings.push(
            finding('OUTCOME-QUALITY', 'warning', path, {
              en: `${subject.en} (${language}) opens with ${quote(opening, 'en')}, not with an action verb: begin with what the learner does (sets up, measures, programs …).`,
              de: `${subject.de} (${language}) beginnt mit ${quote(opening, 'de')}, nicht mit einem Handlungsverb: mit dem beginnen, was die Lernenden tun (richtet ein, misst, programmiert …).`,
            }),
          );
      }
      const primary = lexiconLanguage(c.primaryLanguage);
      const statement = textIn(outcome.text, c.primaryLanguage);
      if (primary !== null && statement !== '')
        findings.push(...statementFindings(primary, statement, outcome.category, path, subject));
      // Repetitions in the primary language: the same words, in any order and case.
      const tokens = words(statement);
      if (tokens.length === 0) return;
      const key = [...tokens].sort().join(' ');
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { unit: name, outcome: j + 1 });
        statements.push({ tokens, unit: name, outcome: j + 1, path, subject });
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
  return [...findings, ...nearRepeats(statements)];
}

interface Statement {
  readonly tokens: readonly string[];
  readonly unit: string;
  readonly outcome: number;
  readonly path: string;
  readonly subject: { readonly en: string; readonly de: string };
}

/** Outcomes that share most of their words with an earlier one (not all: that is a repeat). */
function nearRepeats(statements: readonly Statement[]): Finding[] {
  const reported = new Set<number>();
  const findings: Finding[] = [];
  for (const [earlier, later] of similarPairs(
    statements.map((s) => s.tokens),
    NEAR_DUPLICATE_SIMILARITY,
  )) {
    if (reported.has(later)) continue;
    reported.add(later);
    const { subject, path } = statements[later];
    const first = statements[earlier];
    findings.push(
      finding('OUTCOME-QUALITY', 'warning', path, {
        en: `${subject.en} nearly repeats outcome ${first.outcome} of unit ${first.unit}: merge them, or say what differs.`,
        de: `${subject.de} wiederholt fast wörtlich Lernergebnis ${first.outcome} der Einheit ${first.unit}: zusammenführen oder den Unterschied benennen.`,
      }),
    );
  }
  return findings;
}

/** Findings on how the primary-language statement is built (see `outcome-statement.ts`). */
function statementFindings(
  language: OutcomeVerbLanguage,
  statement: string,
  category: string,
  path: string,
  subject: { readonly en: string; readonly de: string },
): Finding[] {
  const findings: Finding[] = [];
  const actions = actionsOf(language, statement);
  if (actions.length > 2) {
    const named = actions.map((verb) => quote(verb, 'en')).join(', ');
    const genannt = actions.map((verb) => quote(verb, 'de')).join(', ');
    findings.push(
      finding('OUTCOME-QUALITY', 'warning', path, {
        en: `${subject.en} names ${actions.length} actions (${named}): at most two main verbs, so that each outcome can be assessed as one; split it.`,
        de: `${subject.de} nennt ${actions.length} Handlungen (${genannt}): höchstens zwei Hauptverben, damit jedes Lernergebnis als eines geprüft werden kann; aufteilen.`,
      }),
    );
  }
  if (category === 'skill' && !namesCondition(language, statement))
    findings.push(
      finding('OUTCOME-QUALITY', 'warning', path, {
        en: `${subject.en} is a skill without a condition or standard: say how well or under which conditions (according to the drawing, within the tolerance, using …).`,
        de: `${subject.de} ist eine Fertigkeit ohne Bedingung oder Maßstab: sagen, wie gut oder unter welchen Bedingungen (nach Zeichnung, innerhalb der Toleranz, mit …).`,
      }),
    );
  return findings;
}
