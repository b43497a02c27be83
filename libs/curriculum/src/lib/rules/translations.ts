import type { LocalizedText } from '../model/localized-text';
import { finding, Finding } from './finding';
import { textKey } from '../content/translatable-texts';
import {
  normalizeCurriculum,
  type NormalizedCurriculum,
  type NormalizedUnit,
  type NormalizedWblPeriod,
} from './normalize';
import {
  count,
  ET,
  fmt,
  hasAnyText,
  hasText,
  inEveryLanguage,
  LT,
  LV,
  type MessageLanguage,
  type Messages,
  plural,
  quote,
  unitName,
  unitPath,
  wblName,
  wblPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** A field or element as messages name it, in every message language. */
type Label = Messages;

/** One translatable field of an element: a single text, or a list of texts counted together. */
type Field =
  | { readonly kind: 'single'; readonly label: Label; readonly text: LocalizedText }
  | {
      readonly kind: 'list';
      readonly label: (count: number) => Label;
      readonly texts: readonly LocalizedText[];
    };

function single(label: Label, text: LocalizedText): Field {
  return { kind: 'single', label, text };
}

/** A text is missing in a language when it exists in some language but not in that one. */
function missing(text: LocalizedText, language: string): boolean {
  return hasAnyText(text) && !hasText(text, language);
}

function missingLabels(fields: readonly Field[], language: string): Label[] {
  const labels: Label[] = [];
  for (const field of fields) {
    if (field.kind === 'single') {
      if (missing(field.text, language)) labels.push(field.label);
    } else {
      const count = field.texts.filter((t) => missing(t, language)).length;
      if (count > 0) labels.push(field.label(count));
    }
  }
  return labels;
}

/**
 * The findings for an element, grouping the languages that lack the same fields: an error for the
 * required languages (review and publication wait for them), a warning for the optional ones.
 */
function elementFindings(
  path: string,
  subject: Label,
  fields: readonly Field[],
  languages: readonly string[],
  required: ReadonlySet<string>,
): Finding[] {
  return [
    elementFinding(
      path,
      subject,
      fields,
      languages.filter((l) => required.has(l)),
      'error',
    ),
    elementFinding(
      path,
      subject,
      fields,
      languages.filter((l) => !required.has(l)),
      'warning',
    ),
  ].filter((f): f is Finding => f !== null);
}

function elementFinding(
  path: string,
  subject: Label,
  fields: readonly Field[],
  languages: readonly string[],
  severity: 'error' | 'warning',
): Finding | null {
  const groups: { languages: string[]; labels: Label[]; key: string }[] = [];
  for (const language of languages) {
    const labels = missingLabels(fields, language);
    if (labels.length === 0) continue;
    const key = labels.map((l) => l.en).join('|');
    const group = groups.find((g) => g.key === key);
    if (group) group.languages.push(language);
    else groups.push({ languages: [language], labels, key });
  }
  if (groups.length === 0) return null;
  const labelsOf = (g: (typeof groups)[number], l: MessageLanguage) =>
    g.labels.map((label) => label[l]).join(', ');
  const en = groups.map((g) => `${g.languages.join(', ')} in: ${labelsOf(g, 'en')}`).join('; ');
  const de = groups.map((g) => `${g.languages.join(', ')} für: ${labelsOf(g, 'de')}`).join('; in ');
  // Lithuanian, Latvian, Estonian: "… into de, lt (title, description); et (title)".
  const missingIn = inEveryLanguage((l) =>
    groups.map((g) => `${g.languages.join(', ')} (${labelsOf(g, l)})`).join('; '),
  );
  if (severity === 'error') {
    return finding('ECVET-TRANSLATION', 'error', path, {
      en: `${subject.en} lacks ${en} (required languages: review and publication wait for them).`,
      de: `${subject.de}: Übersetzungen fehlen in ${de} (Pflichtsprachen: Begutachtung und Veröffentlichung warten darauf).`,
      lt: `${subject.lt}: trūksta vertimų į ${missingIn.lt}. Tai privalomos kalbos: recenzavimas ir paskelbimas galimi tik su šiais vertimais.`,
      lv: `${subject.lv}: trūkst tulkojumu valodās ${missingIn.lv}. Tās ir obligātās valodas: izskatīšana un publicēšana iespējama tikai ar šiem tulkojumiem.`,
      et: `${subject.et}: puuduvad tõlked keeltesse ${missingIn.et}. Need on kohustuslikud keeled: läbivaatamine ja avaldamine on võimalik alles pärast nende tõlkimist.`,
    });
  }
  return finding('ECVET-TRANSLATION', 'warning', path, {
    en: `${subject.en} lacks ${en}.`,
    de: `${subject.de}: Übersetzungen fehlen in ${de}.`,
    lt: `${subject.lt}: trūksta vertimų į ${missingIn.lt}.`,
    lv: `${subject.lv}: trūkst tulkojumu valodās ${missingIn.lv}.`,
    et: `${subject.et}: puuduvad tõlked keeltesse ${missingIn.et}.`,
  });
}

/** "1 outcome", "2 outcomes": the English and German counts of a list label. */
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const TITLE: Label = {
  en: 'title',
  de: 'Titel',
  lt: 'pavadinimas',
  lv: 'nosaukums',
  et: 'pealkiri',
};
const DESCRIPTION: Label = {
  en: 'description',
  de: 'Beschreibung',
  lt: 'aprašymas',
  lv: 'apraksts',
  et: 'kirjeldus',
};

/** "2 elective group titles": after the number and "pasirenkamųjų modulių" (of elective units). */
const LT_GROUP_TITLES = {
  one: 'grupės pavadinimas',
  few: 'grupių pavadinimai',
  many: 'grupės pavadinimo',
  other: 'grupių pavadinimų',
};
const LV_GROUP_TITLES = {
  one: 'izvēles grupas nosaukums',
  other: 'izvēles grupu nosaukumi',
  zero: 'izvēles grupu nosaukumu',
};
const ET_GROUP_TITLES = { one: 'valikrühma pealkiri', other: 'valikrühma pealkirja' };

/**
 * ECVET-TRANSLATION: every text that exists in one language also exists in every declared
 * language — an error in a required language (the primary one always), a warning in an optional
 * one. One finding per element and severity (the curriculum with its elective groups, each unit,
 * each WBL period) naming the missing languages and fields. Also warns when the primary or a
 * required language is not declared, and on empty language entries. ESCO labels are reference data
 * and not checked.
 */
export function checkTranslations(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const languages: string[] = [];
  c.languages.forEach((language, i) => {
    if (language === '') {
      findings.push(
        finding('ECVET-TRANSLATION', 'warning', `languages[${i}]`, {
          en: `Language entry ${i + 1} is empty.`,
          de: `Der Spracheintrag ${i + 1} ist leer.`,
          lt: `Kalbos įrašas Nr. ${i + 1} yra tuščias.`,
          lv: `${i + 1}. valodas ieraksts ir tukšs.`,
          et: `${i + 1}. keelekirje on tühi.`,
        }),
      );
    } else if (!languages.includes(language)) {
      languages.push(language);
    }
  });

  const pl = c.primaryLanguage;
  if (pl === '') {
    findings.push(
      finding('ECVET-TRANSLATION', 'warning', 'primaryLanguage', {
        en: 'The curriculum has no primary language.',
        de: 'Das Curriculum hat keine Hauptsprache.',
        lt: 'Mokymo programai nenurodyta pagrindinė kalba.',
        lv: 'Mācību programmai nav norādīta galvenā valoda.',
        et: 'Õppekaval puudub põhikeel.',
      }),
    );
  } else if (!languages.includes(pl)) {
    const declared = languages.length > 0 ? languages.join(', ') : '–';
    findings.push(
      finding('ECVET-TRANSLATION', 'warning', 'primaryLanguage', {
        en: `The primary language ${quote(pl, 'en')} is not among the declared languages (${declared}).`,
        de: `Die Hauptsprache ${quote(pl, 'de')} ist nicht unter den angegebenen Sprachen (${declared}).`,
        lt: `Pagrindinė kalba ${quote(pl, 'lt')} nėra tarp nurodytų kalbų (${declared}).`,
        lv: `Galvenā valoda ${quote(pl, 'lv')} nav starp norādītajām valodām (${declared}).`,
        et: `Põhikeel ${quote(pl, 'et')} ei ole määratud keelte hulgas (${declared}).`,
      }),
    );
  }

  const required = new Set([...c.requiredLanguages.filter((l) => languages.includes(l)), pl]);
  c.requiredLanguages.forEach((language, i) => {
    // The primary language not declared is reported once, above.
    if (language !== '' && language !== pl && !languages.includes(language)) {
      findings.push(
        finding('ECVET-TRANSLATION', 'warning', `requiredLanguages[${i}]`, {
          en: `The required language ${quote(language, 'en')} is not among the declared languages.`,
          de: `Die Pflichtsprache ${quote(language, 'de')} ist nicht unter den angegebenen Sprachen.`,
          lt: `Privaloma kalba ${quote(language, 'lt')} nėra tarp nurodytų kalbų.`,
          lv: `Obligātā valoda ${quote(language, 'lv')} nav starp norādītajām valodām.`,
          et: `Kohustuslik keel ${quote(language, 'et')} ei ole määratud keelte hulgas.`,
        }),
      );
    }
  });
  const add = (result: readonly Finding[]): void => {
    findings.push(...result);
  };
  add(
    elementFindings(
      '',
      CURRICULUM,
      [
        single(TITLE, c.title),
        single(DESCRIPTION, c.description),
        {
          kind: 'list',
          label: (n) => ({
            en: counted(n, 'elective group title', 'elective group titles'),
            de: `Titel von ${counted(n, 'Wahlpflichtbereich', 'Wahlpflichtbereichen')}`,
            lt: `${fmt(n, 'lt')} pasirenkamųjų modulių ${plural(n, 'lt', LT_GROUP_TITLES)}`,
            lv: `${fmt(n, 'lv')} ${plural(n, 'lv', LV_GROUP_TITLES)}`,
            et: `${fmt(n, 'et')} ${plural(n, 'et', ET_GROUP_TITLES)}`,
          }),
          texts: c.electiveGroups.map((g) => g.title),
        },
      ],
      languages,
      required,
    ),
  );
  c.units.forEach((unit, i) => {
    add(
      elementFindings(
        unitPath(i),
        unitSubject(unit, i),
        [
          single(TITLE, unit.title),
          single(DESCRIPTION, unit.description),
          {
            kind: 'list',
            label: (n) => ({
              en: counted(n, 'outcome', 'outcomes'),
              de: counted(n, 'Lernergebnis', 'Lernergebnisse'),
              lt: count(n, 'lt', LT.outcomesNom),
              lv: count(n, 'lv', LV.outcomesNom),
              et: count(n, 'et', ET.outcomes),
            }),
            texts: unit.outcomes.map((o) => o.text),
          },
          {
            kind: 'list',
            label: (n) => ({
              en: `criteria of ${counted(n, 'outcome', 'outcomes')}`,
              de: `Kriterien von ${counted(n, 'Lernergebnis', 'Lernergebnissen')}`,
              lt: `${count(n, 'lt', LT.outcomesGen)} vertinimo kriterijai`,
              lv: `${count(n, 'lv', LV.outcomesGen)} vērtēšanas kritēriji`,
              et: `${fmt(n, 'et')} õpiväljundi hindamiskriteeriumid`,
            }),
            // An outcome without criteria misses no translation of them.
            texts: unit.outcomes.map((o) => o.criteria),
          },
          single(
            {
              en: 'assessment criteria',
              de: 'Bewertungskriterien',
              lt: 'vertinimo kriterijai',
              lv: 'vērtēšanas kritēriji',
              et: 'hindamiskriteeriumid',
            },
            unit.criteria,
          ),
        ],
        languages,
        required,
      ),
    );
  });
  c.workBasedLearning.forEach((period, i) => {
    add(
      elementFindings(
        wblPath(i),
        wblSubject(period, i, pl),
        [
          single(TITLE, period.title),
          single(
            {
              en: 'company profile',
              de: 'Unternehmensprofil',
              lt: 'įmonės profilis',
              lv: 'uzņēmuma profils',
              et: 'ettevõtte profiil',
            },
            period.companyProfile,
          ),
          single(
            {
              en: 'mentor role',
              de: 'Rolle der betrieblichen Betreuung',
              lt: 'praktikos vadovas įmonėje',
              lv: 'mentors uzņēmumā',
              et: 'juhendaja ettevõttes',
            },
            period.mentorRole,
          ),
          single(
            {
              en: 'assessment',
              de: 'Bewertung',
              lt: 'vertinimas',
              lv: 'novērtēšana',
              et: 'hindamine',
            },
            period.assessment,
          ),
        ],
        languages,
        required,
      ),
    );
  });
  add(staleFindings(c, (input as Partial<ValidatableCurriculum> | null)?.staleTranslations));
  return findings;
}

const CURRICULUM: Label = {
  en: 'The curriculum',
  de: 'Curriculum',
  lt: 'Mokymo programa',
  lv: 'Mācību programma',
  et: 'Õppekava',
};

function unitSubject(unit: NormalizedUnit, i: number): Label {
  const name = unitName(unit, i);
  return {
    en: `Unit ${name}`,
    de: `Einheit ${name}`,
    lt: `Modulis ${name}`,
    lv: `Vienība ${name}`,
    et: `Ühik ${name}`,
  };
}

function wblSubject(period: NormalizedWblPeriod, i: number, pl: string): Label {
  return {
    en: `Work-based learning period ${wblName(period, i, pl, 'en')}`,
    de: `Betriebliche Phase ${wblName(period, i, pl, 'de')}`,
    lt: `Mokymosi darbo vietoje laikotarpis ${wblName(period, i, pl, 'lt')}`,
    lv: `Darba vidē balstīto mācību periods ${wblName(period, i, pl, 'lv')}`,
    et: `Töökohapõhise õppe periood ${wblName(period, i, pl, 'et')}`,
  };
}

/**
 * A warning per element (the curriculum with its named sets, each unit with its outcomes, each WBL
 * period) with translations whose source changed after they were made, naming their languages.
 */
function staleFindings(c: NormalizedCurriculum, stale: unknown): Finding[] {
  if (!Array.isArray(stale) || stale.length === 0) return [];
  const elements = new Map<string, { path: string; subject: Label; order: number }>();
  c.units.forEach((unit, i) => {
    const element = { path: unitPath(i), subject: unitSubject(unit, i), order: i + 1 };
    elements.set(textKey('unit', unit.id, ''), element);
    for (const o of unit.outcomes) elements.set(textKey('outcome', o.id, ''), element);
  });
  c.workBasedLearning.forEach((period, i) =>
    elements.set(textKey('wbl', period.id, ''), {
      path: wblPath(i),
      subject: wblSubject(period, i, c.primaryLanguage),
      order: c.units.length + i + 1,
    }),
  );
  const whole = { path: '', subject: CURRICULUM, order: 0 };
  const languagesByElement = new Map<typeof whole, Set<string>>();
  for (const entry of stale as unknown[]) {
    const { key, language } = (entry ?? {}) as { key?: unknown; language?: unknown };
    if (typeof key !== 'string' || typeof language !== 'string') continue;
    const element = elements.get(key.slice(0, key.lastIndexOf('.') + 1)) ?? whole;
    const languages = languagesByElement.get(element) ?? new Set<string>();
    languagesByElement.set(element, languages.add(language));
  }
  return [...languagesByElement]
    .sort(([a], [b]) => a.order - b.order)
    .map(([{ path, subject }, set]) => {
      const languages = [...set].sort().join(', ');
      return finding('ECVET-TRANSLATION', 'warning', path, {
        en: `${subject.en}: translations into ${languages} need review: their source text changed after they were made.`,
        de: `${subject.de}: Übersetzungen in ${languages} sind zu prüfen: Ihr Ausgangstext hat sich seitdem geändert.`,
        lt: `${subject.lt}: reikia peržiūrėti vertimus į ${languages}: po vertimo pasikeitė originalo tekstas.`,
        lv: `${subject.lv}: jāpārskata tulkojumi valodās ${languages}: pēc tulkošanas ir mainīts avota teksts.`,
        et: `${subject.et}: tõlked keeltesse ${languages} vajavad ülevaatamist: lähtetekst on pärast tõlkimist muutunud.`,
      });
    });
}
