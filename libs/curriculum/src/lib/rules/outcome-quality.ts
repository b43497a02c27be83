import { OUTCOME_VERB_LANGUAGES, OutcomeVerbLanguage } from '../model/outcome-verbs';
import { finding, Finding } from './finding';
import { similarPairs } from './near-duplicates';
import { normalizeCurriculum } from './normalize';
import { actionsOf, namesCondition, nonVerbOpening } from './outcome-statement';
import {
  count,
  ET,
  inEveryLanguage,
  LT,
  LV,
  type Messages,
  quote,
  textIn,
  unitName,
  unitPath,
} from './rule-support';
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
        lt: `Modulio ${name} mokymosi rezultatas Nr. ${j + 1}`,
        lv: `Vienības ${name} ${j + 1}. mācīšanās rezultāts`,
        et: `Ühiku ${name} ${j + 1}. õpiväljund`,
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
              lt: `${subject.lt} (${language}): formuluotė ${quote(vague, 'lt')} neįvardija jokio besimokančiojo veiksmo, kurį būtų galima stebėti; vartokite vertinamą veiksmažodį (parengti, išmatuoti, programuoti, patikrinti …).`,
              lv: `${subject.lv} (${language}): formulējums ${quote(vague, 'lv')} nenosauc nevienu izglītojamā darbību, ko var novērot; lietojiet novērtējamu darbības vārdu (iestatīt, izmērīt, programmēt, pārbaudīt …).`,
              et: `${subject.et} (${language}): väljend ${quote(vague, 'et')} ei nimeta ühtegi õppija tegevust, mida saaks jälgida; kasutage hinnatavat tegevusverbi (seadistama, mõõtma, programmeerima, kontrollima …).`,
            }),
          );
        const noun = (NOUN_OPENINGS[language] ?? []).find((opening) => startsWith(tokens, opening));
        if (noun !== undefined)
          findings.push(
            finding('OUTCOME-QUALITY', 'warning', path, {
              en: `${subject.en} (${language}) is a noun phrase (${quote(noun, 'en')} …), not an outcome: say what the learner does with it.`,
              de: `${subject.de} (${language}) ist eine Nominalphrase (${quote(noun, 'de')} …), kein Lernergebnis: sagen, was die Lernenden damit tun.`,
              lt: `${subject.lt} (${language}) yra daiktavardinė frazė (${quote(noun, 'lt')} …), o ne mokymosi rezultatas: nurodykite, ką besimokantysis su tuo daro.`,
              lv: `${subject.lv} (${language}) ir lietvārda frāze (${quote(noun, 'lv')} …), nevis mācīšanās rezultāts: norādiet, ko izglītojamais ar to dara.`,
              et: `${subject.et} (${language}) on nimisõnafraas (${quote(noun, 'et')} …), mitte õpiväljund: öelge, mida õppija sellega teeb.`,
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
              lt: `${subject.lt} (${language}) prasideda žodžiu ${quote(opening, 'lt')}, o ne veiksmažodžiu: pradėkite nuo to, ką besimokantysis daro (parengia, išmatuoja, programuoja …).`,
              lv: `${subject.lv} (${language}) sākas ar ${quote(opening, 'lv')}, nevis ar darbības vārdu: sāciet ar to, ko izglītojamais dara (iestata, izmēra, programmē …).`,
              et: `${subject.et} (${language}) algab sõnaga ${quote(opening, 'et')}, mitte tegevusverbiga: alustage sellest, mida õppija teeb (seadistab, mõõdab, programmeerib …).`,
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
          lt: `${subject.lt} kartoja modulio ${first.unit} mokymosi rezultatą Nr. ${first.outcome}: sujunkite juos arba nurodykite, kuo jie skiriasi.`,
          lv: `${subject.lv} atkārto vienības ${first.unit} ${first.outcome}. mācīšanās rezultātu: apvienojiet tos vai norādiet, ar ko tie atšķiras.`,
          et: `${subject.et} kordab ühiku ${first.unit} ${first.outcome}. õpiväljundit: ühendage need või sõnastage, mille poolest need erinevad.`,
        }),
      );
    });
    if (unit.outcomes.length > 0 && !unit.outcomes.some((o) => o.category === 'skill'))
      findings.push(
        finding('OUTCOME-QUALITY', 'warning', unitPath(i, 'outcomes'), {
          en: `Unit ${name} has no skill outcome: a unit of a vocational qualification says what the learner can do.`,
          de: `Die Einheit ${name} hat kein Lernergebnis der Kategorie Fertigkeit: eine Einheit einer beruflichen Qualifikation sagt, was die Lernenden können.`,
          lt: `Modulis ${name} neturi įgūdžių kategorijos mokymosi rezultato: profesinės kvalifikacijos modulis turi nurodyti, ką besimokantysis geba daryti.`,
          lv: `Vienībai ${name} nav neviena prasmju kategorijas mācīšanās rezultāta: profesionālās kvalifikācijas vienībai jānorāda, ko izglītojamais prot darīt.`,
          et: `Ühikul ${name} pole ühtegi oskuste kategooria õpiväljundit: kutsekvalifikatsiooni ühik peab ütlema, mida õppija oskab teha.`,
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
  readonly subject: Messages;
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
        lt: `${subject.lt} beveik pažodžiui kartoja modulio ${first.unit} mokymosi rezultatą Nr. ${first.outcome}: sujunkite juos arba nurodykite, kuo jie skiriasi.`,
        lv: `${subject.lv} gandrīz vārds vārdā atkārto vienības ${first.unit} ${first.outcome}. mācīšanās rezultātu: apvienojiet tos vai norādiet, ar ko tie atšķiras.`,
        et: `${subject.et} kordab peaaegu sõna-sõnalt ühiku ${first.unit} ${first.outcome}. õpiväljundit: ühendage need või sõnastage, mille poolest need erinevad.`,
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
  subject: Messages,
): Finding[] {
  const findings: Finding[] = [];
  const actions = actionsOf(language, statement);
  if (actions.length > 2) {
    const named = inEveryLanguage((l) => actions.map((verb) => quote(verb, l)).join(', '));
    findings.push(
      finding('OUTCOME-QUALITY', 'warning', path, {
        en: `${subject.en} names ${actions.length} actions (${named.en}): at most two main verbs, so that each outcome can be assessed as one; split it.`,
        de: `${subject.de} nennt ${actions.length} Handlungen (${named.de}): höchstens zwei Hauptverben, damit jedes Lernergebnis als eines geprüft werden kann; aufteilen.`,
        lt: `${subject.lt} įvardija ${count(actions.length, 'lt', LT.actionsAcc)} (${named.lt}): ne daugiau kaip du pagrindiniai veiksmažodžiai, kad kiekvieną mokymosi rezultatą būtų galima įvertinti kaip vieną visumą; padalykite jį.`,
        lv: `${subject.lv} nosauc ${count(actions.length, 'lv', LV.actionsAcc)} (${named.lv}): ne vairāk kā divi galvenie darbības vārdi, lai katru mācīšanās rezultātu varētu novērtēt kā vienu veselu; sadaliet to.`,
        et: `${subject.et} nimetab ${count(actions.length, 'et', ET.actionsPart)} (${named.et}): kõige rohkem kaks põhiverbi, et iga õpiväljundit saaks hinnata ühe tervikuna; jagage see osadeks.`,
      }),
    );
  }
  if (category === 'skill' && !namesCondition(language, statement))
    findings.push(
      finding('OUTCOME-QUALITY', 'warning', path, {
        en: `${subject.en} is a skill without a condition or standard: say how well or under which conditions (according to the drawing, within the tolerance, using …).`,
        de: `${subject.de} ist eine Fertigkeit ohne Bedingung oder Maßstab: sagen, wie gut oder unter welchen Bedingungen (nach Zeichnung, innerhalb der Toleranz, mit …).`,
        lt: `${subject.lt} yra įgūdis be sąlygos ar standarto: nurodykite, kaip gerai arba kokiomis sąlygomis (pagal brėžinį, laikantis leistinųjų nuokrypių, naudojant …).`,
        lv: `${subject.lv} ir prasme bez nosacījuma vai standarta: norādiet, cik labi vai kādos apstākļos (atbilstoši rasējumam, pielaides robežās, izmantojot …).`,
        et: `${subject.et} on oskus ilma tingimuse või standardita: öelge, kui hästi või millistel tingimustel (joonise järgi, tolerantsi piires, kasutades …).`,
      }),
    );
  return findings;
}
