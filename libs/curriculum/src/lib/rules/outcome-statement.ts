import { OUTCOME_VERBS, OUTCOME_VERB_LANGUAGES, OutcomeVerbLanguage } from '../model/outcome-verbs';

/**
 * How a learning outcome statement is built, per language of the partners: does it begin with an
 * action verb, how many actions does it name, does a skill say under what condition or to what
 * standard it is performed. Heuristics over our own lexicon (the suggested verbs of
 * `OUTCOME_VERBS` plus the verbs below, with regular inflections), written to stay silent when
 * unsure: a word the lexicon does not know is never taken as evidence of a problem.
 */

/** The words of a text: letters and digits of any script, in order, case kept. */
export function rawWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Frequent action verbs of vocational outcomes beside the suggested ones (dictionary forms). */
const MORE_VERBS: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: [
    'read',
    'take',
    'make',
    'produce',
    'change',
    'supply',
    'restart',
    'secure',
    'research',
    'turn',
    'mill',
    'drill',
    'grind',
    'fit',
    'mount',
    'inspect',
    'record',
    'resolve',
    'write',
    'edit',
    'simulate',
    'clamp',
    'align',
    'replace',
    'connect',
    'configure',
    'protect',
    'store',
    'handle',
    'choose',
    'determine',
    'perform',
    'communicate',
    'present',
    'agree',
    'hand over',
    'set',
    'run',
    'ensure',
    'detect',
    'print',
    'post-process',
    'integrate',
    'commission',
    'modify',
    'secure',
    'dispose of',
    'sketch',
    'lubricate',
    'deburr',
    'estimate',
    'schedule',
    'improve',
    'give',
    'ask',
    'obtain',
    'avoid',
    'reduce',
    'prevent',
  ],
  de: [
    'lesen',
    'entnehmen',
    'anfertigen',
    'herstellen',
    'fertigen',
    'drehen',
    'fräsen',
    'bohren',
    'schleifen',
    'montieren',
    'prüfen',
    'dokumentieren',
    'klären',
    'schreiben',
    'simulieren',
    'spannen',
    'ausrichten',
    'ersetzen',
    'verbinden',
    'konfigurieren',
    'schützen',
    'lagern',
    'wählen',
    'auswählen',
    'bestimmen',
    'durchführen',
    'arbeiten',
    'kommunizieren',
    'präsentieren',
    'vereinbaren',
    'übergeben',
    'sichern',
    'erkennen',
    'drucken',
    'integrieren',
    'ändern',
    'entsorgen',
    'skizzieren',
    'schmieren',
    'entgraten',
    'bearbeiten',
    'nutzen',
    'anwenden',
    'beachten',
    'einhalten',
    'berücksichtigen',
    'festlegen',
    'beurteilen',
    'verbessern',
    'vermeiden',
    'beheben',
    'warten',
    'inspizieren',
    'erstellen',
    'ermitteln',
    'erfassen',
    'überwachen',
    'steuern',
    'einsetzen',
    'begründen',
    'unterscheiden',
    'zuordnen',
  ],
  lt: [
    'skaityti',
    'gaminti',
    'tekinti',
    'frezuoti',
    'gręžti',
    'šlifuoti',
    'montuoti',
    'tikrinti',
    'dokumentuoti',
    'rašyti',
    'naudoti',
    'taikyti',
    'parinkti',
    'nustatyti',
    'atlikti',
    'dirbti',
    'bendrauti',
    'pristatyti',
    'užtikrinti',
    'programuoti',
    'derinti',
    'prižiūrėti',
    'apskaičiuoti',
    'įvertinti',
    'paaiškinti',
    'apibūdinti',
    'išmatuoti',
    'matuoti',
    'sureguliuoti',
    'paruošti',
    'valdyti',
  ],
  lv: [
    'lasīt',
    'izgatavot',
    'virpot',
    'frēzēt',
    'urbt',
    'slīpēt',
    'montēt',
    'pārbaudīt',
    'dokumentēt',
    'rakstīt',
    'izmantot',
    'lietot',
    'izvēlēties',
    'noteikt',
    'veikt',
    'strādāt',
    'sazināties',
    'prezentēt',
    'nodrošināt',
    'programmēt',
    'regulēt',
    'uzturēt',
    'aprēķināt',
    'novērtēt',
    'izskaidrot',
    'aprakstīt',
    'izmērīt',
    'mērīt',
    'sagatavot',
    'vadīt',
  ],
  et: [
    'lugema',
    'valmistama',
    'treima',
    'freesima',
    'puurima',
    'lihvima',
    'monteerima',
    'kontrollima',
    'dokumenteerima',
    'kirjutama',
    'kasutama',
    'rakendama',
    'valima',
    'määrama',
    'teostama',
    'töötama',
    'suhtlema',
    'esitlema',
    'tagama',
    'programmeerima',
    'reguleerima',
    'hooldama',
    'arvutama',
    'hindama',
    'selgitama',
    'kirjeldama',
    'mõõtma',
    'ette valmistama',
    'juhtima',
    'seadistama',
  ],
};

/** The inflected forms an outcome uses of a verb in its dictionary form (regular patterns). */
function formsOf(language: OutcomeVerbLanguage, verb: string): string[] {
  const forms = [verb];
  const add = (...more: string[]) => forms.push(...more);
  switch (language) {
    case 'en':
      // read → reads; finish → finishes; identify → identifies; set up → sets (first word).
      if (/[^aeiou]y$/.test(verb)) add(`${verb.slice(0, -1)}ies`);
      else if (/(s|sh|ch|x|z|o)$/.test(verb)) add(`${verb}es`);
      else add(`${verb}s`);
      break;
    case 'de': {
      // erklären → erklärt; bilden → bildet; messen → misst is not regular: left to MORE_VERBS.
      const stem = verb.replace(/e?n$/, '');
      add(/[dt]$/.test(stem) ? `${stem}et` : `${stem}t`, `${stem}e`);
      break;
    }
    case 'lt':
      // matuoti → matuoja; programuoti → programuoja; paaiškinti → paaiškina; skaityti → skaito.
      if (verb.endsWith('uoti')) add(`${verb.slice(0, -4)}uoja`);
      else if (verb.endsWith('inti')) add(`${verb.slice(0, -4)}ina`);
      else if (verb.endsWith('yti')) add(`${verb.slice(0, -3)}o`);
      else if (verb.endsWith('ėti')) add(`${verb.slice(0, -3)}i`);
      else if (verb.endsWith('ti')) add(`${verb.slice(0, -2)}a`);
      break;
    case 'lv':
      // plānot → plāno; novērtēt → novērtē; izskaidrot → izskaidro; pārbaudīt → pārbauda.
      if (/[oē]t$/.test(verb)) add(verb.slice(0, -1));
      else if (verb.endsWith('īt')) add(`${verb.slice(0, -2)}a`, verb.slice(0, -1));
      else if (verb.endsWith('āt')) add(verb.slice(0, -1));
      break;
    case 'et':
      // seadistama → seadistab; kontrollima → kontrollib; mõõtma → mõõdab is not regular.
      if (verb.endsWith('ma')) add(`${verb.slice(0, -2)}b`, `${verb.slice(0, -2)}da`);
      break;
  }
  return forms;
}

/** The word of a lexicon entry that inflects: the first in English, the last in the others. */
function headWord(language: OutcomeVerbLanguage, entry: string): string {
  const parts = entry.split(' ');
  return language === 'en' ? parts[0] : parts[parts.length - 1];
}

/** Per language: every form of every known action verb (lower case) → its dictionary form. */
const VERB_FORMS: ReadonlyMap<OutcomeVerbLanguage, ReadonlyMap<string, string>> = new Map(
  OUTCOME_VERB_LANGUAGES.map((language) => {
    const entries = [
      ...Object.values(OUTCOME_VERBS[language]).flatMap((band) => Object.values(band).flat()),
      ...MORE_VERBS[language],
    ];
    const forms = new Map<string, string>();
    for (const entry of entries) {
      const head = headWord(language, entry);
      for (const form of formsOf(language, head)) if (!forms.has(form)) forms.set(form, head);
    }
    return [language, forms] as const;
  }),
);

/**
 * The openings that say who the learner is and that they can, before the action ("The learner
 * can", "Die Lernenden können", "Besimokantysis geba" …), longest first. A German opening with a
 * modal verb puts the action at the end of the sentence.
 */
const LEARNER_OPENINGS: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: [
    'the learner will be able to',
    'learners will be able to',
    'the learner is able to',
    'learners are able to',
    'the learner can',
    'learners can',
    'the apprentice can',
    'apprentices can',
    'be able to',
    'is able to',
    'able to',
    'can',
  ],
  de: [
    'der die lernende kann',
    'die lernenden können',
    'der lernende kann',
    'die auszubildenden können',
    'der die auszubildende kann',
    'die auszubildende kann',
    'der auszubildende kann',
    'kann',
    'können',
  ],
  lt: ['besimokantysis geba', 'besimokantysis gebės', 'mokinys geba', 'gebės', 'geba', 'gebėti'],
  lv: ['izglītojamais spēj', 'izglītojamais prot', 'spēj', 'prot', 'spēt'],
  et: ['õppija oskab', 'õpilane oskab', 'õppija suudab', 'oskab', 'suudab'],
};

const OPENING_WORDS = new Map(
  OUTCOME_VERB_LANGUAGES.map((language) => [
    language,
    LEARNER_OPENINGS[language].map((opening) => opening.split(' ')),
  ]),
);

/** Words that begin a noun phrase, never an action: articles, demonstratives, prepositions. */
const NOT_A_VERB: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'of', 'in', 'on', 'for', 'at'],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einer',
    'eines',
    'einem',
    'einen',
    'von',
    'zur',
    'zum',
  ],
  lt: ['apie', 'su', 'iš', 'į'],
  lv: ['par', 'ar', 'no', 'uz'],
  et: ['see', 'need'],
};

/**
 * Endings of nouns made from verbs ("Programming of …", "Programmierung", "Programavimas",
 * "Programmēšana", "Programmeerimine"): a statement opening with one names a topic, not an action.
 */
const NOUN_ENDINGS: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: ['tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence'],
  de: ['ung', 'heit', 'keit', 'nis', 'schaft', 'tion', 'tät'],
  lt: ['imas', 'ymas', 'umas', 'ija'],
  lv: ['šana', 'ība'],
  et: ['mine', 'mise', 'lus'],
};

/** Words joining two actions: "and", "or", "then" in each language. */
const JOINING: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: ['and', 'or', 'then'],
  de: ['und', 'oder', 'sowie', 'dann'],
  lt: ['ir', 'bei', 'arba'],
  lv: ['un', 'vai'],
  et: ['ja', 'ning', 'või'],
};

/** The statement's words after the learner opening, and whether a German modal opened it. */
function afterOpening(
  language: OutcomeVerbLanguage,
  tokens: readonly string[],
): { rest: readonly string[]; modal: boolean } {
  const lower = tokens.slice(0, 6).map((t) => t.toLowerCase());
  for (const words of OPENING_WORDS.get(language) ?? []) {
    if (words.every((word, k) => lower[k] === word))
      return { rest: tokens.slice(words.length), modal: language === 'de' };
  }
  return { rest: tokens, modal: false };
}

const isVerb = (language: OutcomeVerbLanguage, word: string): boolean =>
  VERB_FORMS.get(language)?.has(word.toLowerCase()) ?? false;

function isNounOpening(language: OutcomeVerbLanguage, word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_A_VERB[language].includes(lower)) return true;
  return (
    lower.length > 6 &&
    !isVerb(language, lower) &&
    NOUN_ENDINGS[language].some((ending) => lower.endsWith(ending))
  );
}

/**
 * The word a statement opens with when it is evidently no action verb (an article, a preposition,
 * a noun made from a verb), else null. German may put the action at the end ("Die Werkzeuge
 * einrichten"), so a German statement ending in a verb opens well whatever its first word.
 */
export function nonVerbOpening(language: OutcomeVerbLanguage, text: string): string | null {
  const { rest, modal } = afterOpening(language, rawWords(text));
  if (rest.length === 0) return null;
  if (language === 'de') {
    const last = rest[rest.length - 1];
    const endsInVerb = isVerb(language, last) || (/^[a-zäöüß]+e?n$/.test(last) && last.length > 3);
    if (modal || endsInVerb) return null;
  }
  return isNounOpening(language, rest[0]) ? rest[0] : null;
}

/**
 * The distinct actions a statement names: known verbs opening it, or opening a part joined by
 * "and"/"or"/a comma; in German also the verbs before such a joint and at the end (infinitive
 * word order), and any known verb written in lower case (German nouns are capitalised).
 */
export function actionsOf(language: OutcomeVerbLanguage, text: string): string[] {
  // The words and commas of the statement after its learner opening.
  const { rest } = afterOpening(language, text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|,/gu) ?? []);
  const forms = VERB_FORMS.get(language) ?? new Map<string, string>();
  const opener = rest[0] === undefined ? undefined : rest[0].toLowerCase();
  // German nouns are capitalised: past the first word, only a word in lower case is a verb. An
  // English statement keeps the form of its first verb ("Analyses … and presents", not "and lead
  // times"; "Measure … and document", not "and documents").
  const thirdPerson = language === 'en' && opener !== undefined && forms.get(opener) !== opener;
  const found = new Set<string>();
  const take = (i: number) => {
    const word = rest[i];
    if (word === undefined || word === ',') return;
    const lower = word.toLowerCase();
    if (language === 'de' && i > 0 && word !== lower) return;
    const verb = forms.get(lower);
    if (verb === undefined) return;
    if (language === 'en' && i > 0 && (verb === lower) === thirdPerson) return;
    found.add(verb);
  };
  take(0);
  rest.forEach((word, i) => {
    const joint = word === ',' || JOINING[language].includes(word.toLowerCase());
    if (joint) {
      take(i + 1);
      if (language === 'de') take(i - 1);
    } else if (language === 'de' && i > 0 && word === word.toLowerCase()) take(i);
  });
  if (language === 'de') take(rest.length - 1);
  // In the order the statement names them.
  const at = (verb: string) => rest.findIndex((word) => forms.get(word.toLowerCase()) === verb);
  return [...found].sort((a, b) => at(a) - at(b));
}

/**
 * Words that name the condition a skill is performed under or the standard it meets ("according
 * to the drawing", "within ± 0.02 mm", "using a CAM system", "normgerecht", "pagal brėžinį" …),
 * matched as whole words or phrases in lower case; a word beginning with one of `STANDARD_STEMS`
 * counts too ("tolerances", "Toleranzen", "standartus").
 */
const CONDITIONS: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: [
    'according to',
    'in accordance with',
    'in line with',
    'as specified',
    'to specification',
    'within',
    'using',
    'with',
    'following',
    'based on',
    'under',
    'safely',
    'correctly',
    'accurately',
    'without',
    'from',
    'by',
    'completely',
    'independently',
    'in time',
    'on time',
    'clearly',
    'step by step',
    'during',
    'after',
    'before',
    'in the',
    'on the',
  ],
  de: [
    'nach',
    'gemäß',
    'entsprechend',
    'unter',
    'mit',
    'mithilfe',
    'während',
    'nach',
    'vor',
    'anhand',
    'innerhalb',
    'normgerecht',
    'fachgerecht',
    'sachgerecht',
    'sicher',
    'fehlerfrei',
    'ohne',
    'aus',
    'lückenlos',
    'vollständig',
    'rechtzeitig',
    'termingerecht',
    'fristgerecht',
    'selbstständig',
    'eigenständig',
    'ergonomisch',
    'übersichtlich',
    'schrittweise',
    'über',
    'beim',
    'im',
    'am',
    'auf',
    'in der',
    'in den',
    'an der',
    'an den',
  ],
  lt: ['pagal', 'laikantis', 'naudojant', 'naudodamas', 'su', 'saugiai', 'tiksliai', 'be', 'iš'],
  lv: ['atbilstoši', 'saskaņā', 'izmantojot', 'ievērojot', 'ar', 'droši', 'precīzi', 'bez', 'no'],
  et: ['vastavalt', 'kasutades', 'järgides', 'abil', 'ohutult', 'täpselt', 'ilma', 'põhjal'],
};

const STANDARD_STEMS: Readonly<Record<OutcomeVerbLanguage, readonly string[]>> = {
  en: ['standard', 'toleranc', 'specification', 'instruction', 'drawing', 'regulation'],
  de: ['norm', 'toleranz', 'vorgabe', 'vorschrift', 'zeichnung', 'anweisung', 'anleitung'],
  lt: ['standart', 'toleranc', 'brėžin', 'instrukcij', 'reikalavim'],
  lv: ['standart', 'pielaid', 'rasēj', 'instrukcij', 'prasīb'],
  et: ['standard', 'tolerants', 'joonis', 'juhend', 'nõue', 'nõuet'],
};

/** Per language: the condition phrases by their first word, and the standard stems as a pattern. */
const CONDITION_INDEX = new Map(
  OUTCOME_VERB_LANGUAGES.map((language) => {
    const byFirst = new Map<string, string[][]>();
    for (const phrase of CONDITIONS[language]) {
      const words = phrase.split(' ');
      byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
    }
    const stems = new RegExp(`^(?:${STANDARD_STEMS[language].join('|')})`, 'u');
    return [language, { byFirst, stems }] as const;
  }),
);

/** Whether a skill statement names a condition or a standard (see `CONDITIONS`). */
export function namesCondition(language: OutcomeVerbLanguage, text: string): boolean {
  const lower = rawWords(text.toLowerCase());
  const index = CONDITION_INDEX.get(language);
  if (index === undefined) return true;
  const { byFirst, stems } = index;
  return lower.some(
    (word, i) =>
      stems.test(word) ||
      (byFirst.get(word) ?? []).some((words) => words.every((w, k) => lower[i + k] === w)),
  );
}
