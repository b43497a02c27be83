import type { LocalizedText } from '../model/localized-text';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { hasAnyText, hasText, quote, unitName, unitPath, wblName, wblPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

interface Label {
  readonly en: string;
  readonly de: string;
}

/** One translatable field of an element: a single text, or a list of texts counted together. */
type Field =
  | { readonly kind: 'single'; readonly label: Label; readonly text: LocalizedText }
  | {
      readonly kind: 'list';
      readonly label: (count: number) => Label;
      readonly texts: readonly LocalizedText[];
    };

function single(en: string, de: string, text: LocalizedText): Field {
  return { kind: 'single', label: { en, de }, text };
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
  const en = groups
    .map((g) => `${g.languages.join(', ')} in: ${g.labels.map((l) => l.en).join(', ')}`)
    .join('; ');
  const de = groups
    .map((g) => `${g.languages.join(', ')} für: ${g.labels.map((l) => l.de).join(', ')}`)
    .join('; in ');
  if (severity === 'error') {
    return finding('ECVET-TRANSLATION', 'error', path, {
      en: `${subject.en} lacks ${en} (required languages: review and publication wait for them).`,
      de: `${subject.de}: Übersetzungen fehlen in ${de} (Pflichtsprachen: Begutachtung und Veröffentlichung warten darauf).`,
    });
  }
  return finding('ECVET-TRANSLATION', 'warning', path, {
    en: `${subject.en} lacks ${en}.`,
    de: `${subject.de}: Übersetzungen fehlen in ${de}.`,
  });
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
      }),
    );
  } else if (!languages.includes(pl)) {
    const declared = languages.length > 0 ? languages.join(', ') : '–';
    findings.push(
      finding('ECVET-TRANSLATION', 'warning', 'primaryLanguage', {
        en: `The primary language ${quote(pl, 'en')} is not among the declared languages (${declared}).`,
        de: `Die Hauptsprache ${quote(pl, 'de')} ist nicht unter den angegebenen Sprachen (${declared}).`,
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
      { en: 'The curriculum', de: 'Curriculum' },
      [
        single('title', 'Titel', c.title),
        single('description', 'Beschreibung', c.description),
        {
          kind: 'list',
          label: (n) => ({
            en: count(n, 'elective group title', 'elective group titles'),
            de: `Titel von ${count(n, 'Wahlpflichtgruppe', 'Wahlpflichtgruppen')}`,
          }),
          texts: c.electiveGroups.map((g) => g.title),
        },
      ],
      languages,
      required,
    ),
  );
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    add(
      elementFindings(
        unitPath(i),
        { en: `Unit ${name}`, de: `Einheit ${name}` },
        [
          single('title', 'Titel', unit.title),
          single('description', 'Beschreibung', unit.description),
          {
            kind: 'list',
            label: (n) => ({
              en: count(n, 'outcome', 'outcomes'),
              de: count(n, 'Lernergebnis', 'Lernergebnisse'),
            }),
            texts: unit.outcomes.map((o) => o.text),
          },
          {
            kind: 'list',
            label: (n) => ({
              en: `criteria of ${count(n, 'outcome', 'outcomes')}`,
              de: `Kriterien von ${count(n, 'Lernergebnis', 'Lernergebnissen')}`,
            }),
            // An outcome without criteria misses no translation of them.
            texts: unit.outcomes.map((o) => o.criteria),
          },
          single('assessment criteria', 'Bewertungskriterien', unit.criteria),
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
        {
          en: `Work-based learning period ${wblName(period, i, pl, 'en')}`,
          de: `Betriebliche Lernphase ${wblName(period, i, pl, 'de')}`,
        },
        [
          single('title', 'Titel', period.title),
          single('company profile', 'Betriebsprofil', period.companyProfile),
          single('mentor role', 'Rolle der betrieblichen Betreuung', period.mentorRole),
          single('assessment', 'Bewertung', period.assessment),
        ],
        languages,
        required,
      ),
    );
  });
  return findings;
}
