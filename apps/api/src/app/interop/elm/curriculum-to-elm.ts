import {
  type AssessmentPart,
  checkImportedDefaults,
  iscedFField,
  ISCED_F_PATTERN,
  type OutcomeCategory,
  type Curriculum,
  type ElectiveGroup,
  type EscoReference,
  type FieldError,
  type LearningOutcome,
  type LocalizedText,
  type Unit,
  type WorkBasedLearningPeriod,
  NQF_LEVEL_MAX,
  nqfFrameworkOf,
  withChoiceRule,
  msg,
  staleLanguagesOf,
  type TextOwner,
} from '@curriculum-builder/curriculum';
import {
  ECVET,
  ESCO_SKILL_TYPES,
  ELM_CONTEXT,
  eqfLevelUri,
  FORMAL_LEARNING,
  iscedFUri,
  LANGUAGES,
  SCHEMES,
  WBL_ACTIVITY_TYPES,
  WORK_BASED_MODE,
  ASSESSMENT_TYPES,
} from './elm-vocabulary';

/*
 * Curriculum → Europass ELM v3 `Qualification` (JSON-LD, compacted with the EDC context, shaped
 * like the Europass sample credential). Pure; conformance to the LOQ SHACL shapes is tested in
 * apps/api/test/export-elm.e2e-spec.ts.
 *
 * Units become `hasPart` parts. The LOQ shapes allow only `Qualification` values for
 * `Qualification.hasPart`, so each unit is a partial qualification (`isPartialQualification`), which
 * in ELM is a learning achievement specification (Qualification ⊑ LearningAchievementSpecification)
 * and carries its own EQF level, credit points and outcomes; the thematic area and NQF level it
 * needs are the curriculum's. Mandatory units are parts of the qualification; elective units are
 * parts of one partial qualification per elective group, which carries the points the group
 * requires — so the parts add up to the qualification's points, not to every unit's. Outcomes
 * carry their type (`dcType`, ESCO's knowledge or skill/competence).
 */

/** A language map (`{ "de": "…", "lt": "…" }`), the ELM representation of LangString. */
export type LangMap = Record<string, string>;

export interface ElmConcept {
  readonly id: string;
  readonly type: 'Concept';
  readonly inScheme: { readonly id: string; readonly type: 'ConceptScheme' };
  readonly prefLabel?: LangMap;
  readonly notation?: string;
}

/**
 * A level of a national qualifications framework without a URI: the QDR list of the frameworks'
 * levels is not available offline and a URI is never invented, so the level is a blank node with
 * its number and the framework's name.
 */
export interface ElmNqfLevel {
  readonly type: 'Concept';
  readonly prefLabel: LangMap;
  readonly notation: string;
}

export interface ElmCreditPoint {
  readonly id: string;
  readonly type: 'CreditPoint';
  readonly framework: ElmConcept;
  /** xsd:string in ELM. */
  readonly point: string;
}

export interface ElmLearningOutcome {
  readonly id: string;
  readonly type: 'LearningOutcome';
  readonly title: LangMap;
  /** The outcome type, as an ESCO skill pillar type (knowledge, skill/competence). */
  readonly dcType: ElmConcept;
  readonly relatedESCOSkill?: ElmConcept[];
  /** That its translation into a language needs review (ADR 0025). */
  readonly additionalNote?: ElmNote[];
}

export interface ElmQualification {
  readonly id: string;
  readonly type: 'Qualification';
  readonly title: LangMap;
  readonly description?: LangMap;
  readonly eqfLevel: ElmConcept;
  readonly nqfLevel: ElmNqfLevel[];
  readonly thematicArea: ElmConcept[];
  readonly isPartialQualification: boolean;
  readonly learningSetting?: ElmConcept;
  readonly language?: ElmConcept[];
  readonly creditPoint: ElmCreditPoint;
  readonly learningOutcome: ElmLearningOutcome[];
  readonly hasPart?: ElmQualification[];
  readonly influencedBy?: ElmLearningActivitySpecification[];
  /**
   * The optional add-on qualifications, outside its points, named in a note; that a translation of
   * its texts needs review.
   */
  readonly additionalNote?: ElmNote[];
  /** The parts of the examination (the assessment plan). */
  readonly provenBy?: ElmLearningAssessmentSpecification[];
  /** The programme's hours of learning (ISO 8601), on the qualification. */
  readonly volumeOfLearning?: string;
}

export interface ElmLearningAssessmentSpecification {
  readonly id: string;
  readonly type: 'LearningAssessmentSpecification';
  readonly title: LangMap;
  readonly description?: LangMap;
  /** The EDC assessment types of its methods. */
  readonly dcType?: ElmConcept[];
  /** Ids of the units (partial qualifications) it assesses. */
  readonly proves?: string[];
  readonly additionalNote?: ElmNote[];
}

export interface ElmNote {
  readonly id: string;
  readonly type: 'Note';
  readonly noteLiteral: LangMap;
}

export interface ElmLearningActivitySpecification {
  readonly id: string;
  readonly type: 'LearningActivitySpecification';
  readonly title: LangMap;
  readonly description?: LangMap;
  readonly mode: ElmConcept;
  /** Apprenticeship or internship (EDC learning activity types), by the form of study. */
  readonly dcType: ElmConcept;
  /** ISO 8601 duration, e.g. `PT320H`. */
  readonly volumeOfLearning: string;
  /** Ids of the units (partial qualifications) the period contributes to. */
  readonly influences?: string[];
  readonly additionalNote?: ElmNote[];
}

export type ElmDocument = { readonly '@context': readonly string[] } & ElmQualification;

export interface ElmInput {
  readonly curriculum: Curriculum;
  /** ISO 3166-1 alpha-2 country of the curriculum's institution (names the NQF), if known. */
  readonly country: string | null;
}

export type ElmResult =
  | { readonly ok: true; readonly document: ElmDocument }
  | { readonly ok: false; readonly problems: FieldError[] };

export const curriculumUri = (id: string) => `urn:curriculum:${id}`;
export const unitUri = (id: string) => `urn:unit:${id}`;
export const outcomeUri = (id: string) => `urn:learning-outcome:${id}`;
export const wblUri = (id: string) => `urn:wbl-period:${id}`;

/** What ELM requires that the curriculum lacks, as `{ path, message }` (empty when complete). */
export function elmProblems(curriculum: Curriculum, country: string | null): FieldError[] {
  const problems: FieldError[] = [];
  const need = (path: string, message: string) => problems.push({ path, message });
  if (!hasText(curriculum.title)) need('title', msg`ELM needs a title of the qualification`);
  if (!isLevel(curriculum.eqfLevel, 8))
    need('eqfLevel', msg`ELM needs exactly one EQF level, an integer from 1 to 8`);
  const nqfLevels = nqfFrameworkOf(country)?.eqfOf.length ?? NQF_LEVEL_MAX;
  if (curriculum.nqfLevel === null || !isLevel(curriculum.nqfLevel, nqfLevels))
    need(
      'nqfLevel',
      msg`ELM needs the level in the national qualifications framework (NQF), 1 to ${nqfLevels}`,
    );
  if (!ISCED_F_PATTERN.test(curriculum.iscedFCode?.trim() ?? ''))
    need('iscedFCode', msg`ELM needs an ISCED-F 2013 field of education code, e.g. 0715`);
  if (!Number.isFinite(curriculum.ecvetPoints) || curriculum.ecvetPoints < 0)
    need('ecvetPoints', msg`ELM needs the ECVET points of the qualification`);
  if (curriculum.units.length === 0)
    need('units', msg`ELM needs at least one unit with learning outcomes`);
  const groups = new Set(curriculum.electiveGroups.map((g) => g.code));
  curriculum.units.forEach((unit, i) => {
    const path = `units[${i}]`;
    if (!hasText(unit.title)) need(`${path}.title`, msg`ELM needs a title of unit ${unit.code}`);
    if (!isLevel(unit.eqfLevel, 8))
      need(`${path}.eqfLevel`, msg`ELM needs the EQF level (1 to 8) of unit ${unit.code}`);
    if (!Number.isFinite(unit.ecvetPoints) || unit.ecvetPoints < 0)
      need(`${path}.ecvetPoints`, msg`ELM needs the ECVET points of unit ${unit.code}`);
    if (unit.outcomes.length === 0)
      need(`${path}.outcomes`, msg`ELM needs at least one learning outcome in unit ${unit.code}`);
    if (!unit.mandatory && !unit.addOn && !groups.has(unit.electiveGroup ?? ''))
      need(
        `${path}.electiveGroup`,
        msg`ELM needs the elective group of unit ${unit.code}, one the curriculum declares`,
      );
    unit.outcomes.forEach((outcome, j) => {
      if (!hasText(outcome.text))
        need(`${path}.outcomes[${j}].text`, msg`ELM needs the text of every learning outcome`);
    });
  });
  curriculum.workBasedLearning.forEach((period, i) => {
    const path = `workBasedLearning[${i}]`;
    if (!hasText(period.title)) need(`${path}.title`, msg`ELM needs a title of every WBL period`);
    if (!Number.isFinite(period.durationHours) || period.durationHours <= 0)
      need(`${path}.durationHours`, msg`ELM needs the duration in hours of every WBL period`);
  });
  // ELM states every value as a fact: none may be an import's guess.
  for (const guess of checkImportedDefaults(curriculum)) need(guess.path, guess.message);
  return problems;
}

/** The curriculum as an ELM `Qualification` document, or what ELM needs that it lacks. */
export function curriculumToElm({ curriculum, country }: ElmInput): ElmResult {
  const problems = elmProblems(curriculum, country);
  if (problems.length > 0) return { ok: false, problems };

  const esco = escoLabels(curriculum);
  const qualificationUnits = curriculum.units.filter((u) => !u.addOn);
  const nqf = nqfConcept(curriculum.nqfLevel ?? 0, country);
  const thematicArea = [iscedFConcept(curriculum.iscedFCode.trim())];
  const review = (owner: TextOwner, ownerId: string | null, id: string) =>
    reviewNote(curriculum, owner, ownerId, id);
  const outcome = (o: LearningOutcome): ElmLearningOutcome => ({
    id: outcomeUri(o.id),
    type: 'LearningOutcome',
    title: langMap(o.text),
    dcType: outcomeType(o.category),
    ...(o.escoSkills.length === 0
      ? {}
      : { relatedESCOSkill: o.escoSkills.map((skill) => escoConcept(skill.uri, esco)) }),
    ...review('outcome', o.id, outcomeUri(o.id)),
  });
  const unit = (u: Unit): ElmQualification => ({
    id: unitUri(u.id),
    type: 'Qualification',
    title: langMap(u.title),
    ...optionalLangMap('description', u.description),
    eqfLevel: eqfConcept(u.eqfLevel),
    nqfLevel: [nqf],
    thematicArea,
    isPartialQualification: true,
    creditPoint: creditPoint(`${unitUri(u.id)}:credit-point`, u.ecvetPoints),
    learningOutcome: u.outcomes.map(outcome),
    ...withNotes([
      ...(review('unit', u.id, unitUri(u.id)).additionalNote ?? []),
      ...provenanceNote(curriculum, u),
    ]),
  });
  // The units that are parts of the qualification (add-ons are not: nothing to influence there).
  const unitIds = new Set(qualificationUnits.map((u) => u.id));
  const activity =
    curriculum.programmeForm === 'school-based'
      ? WBL_ACTIVITY_TYPES.internship
      : WBL_ACTIVITY_TYPES.apprenticeship;
  const period = (p: WorkBasedLearningPeriod): ElmLearningActivitySpecification => {
    const influences = p.unitIds.filter((id) => unitIds.has(id)).map(unitUri);
    return {
      id: wblUri(p.id),
      type: 'LearningActivitySpecification',
      title: langMap(p.title),
      ...optionalLangMap('description', p.companyProfile),
      mode: concept(WORK_BASED_MODE.id, SCHEMES.learningAssessment, WORK_BASED_MODE.label),
      dcType: concept(activity.id, SCHEMES.learningActivity, activity.label),
      volumeOfLearning: isoHours(p.durationHours),
      ...(influences.length > 0 ? { influences } : {}),
      ...review('wbl', p.id, wblUri(p.id)),
    };
  };
  const languages = curriculum.languages.flatMap((code) => {
    const nal = LANGUAGES[code.toLowerCase()];
    return nal ? [concept(`${SCHEMES.language}/${nal.code}`, SCHEMES.language, nal.name)] : [];
  });

  const document: ElmDocument = {
    '@context': [...ELM_CONTEXT],
    id: curriculumUri(curriculum.id),
    type: 'Qualification',
    title: langMap(curriculum.title),
    ...optionalLangMap('description', curriculum.description),
    eqfLevel: eqfConcept(curriculum.eqfLevel),
    nqfLevel: [nqf],
    thematicArea,
    isPartialQualification: false,
    learningSetting: concept(FORMAL_LEARNING.id, SCHEMES.learningSetting, FORMAL_LEARNING.label),
    ...(languages.length > 0 ? { language: languages } : {}),
    creditPoint: creditPoint(
      `${curriculumUri(curriculum.id)}:credit-point`,
      curriculum.ecvetPoints,
    ),
    learningOutcome: qualificationUnits.flatMap((u) => u.outcomes.map(outcome)),
    // Mandatory units, and one partial qualification per elective group with the points it
    // requires (its units beneath): the parts add up to the qualification's points. Add-ons are
    // qualifications of their own, outside the points: a note names them.
    hasPart: [
      ...qualificationUnits.filter((u) => u.mandatory).map(unit),
      ...curriculum.electiveGroups.flatMap((group) => {
        const units = qualificationUnits.filter(
          (u) => !u.mandatory && u.electiveGroup === group.code,
        );
        if (units.length === 0) return [];
        const id = `${curriculumUri(curriculum.id)}:elective-group:${encodeURIComponent(group.code)}`;
        const title = langMap(group.title);
        return [
          {
            id,
            type: 'Qualification' as const,
            title: Object.keys(title).length > 0 ? title : { en: group.code },
            description: electiveDescription(withChoiceRule(group), units.length),
            eqfLevel: eqfConcept(Math.max(...units.map((u) => u.eqfLevel))),
            nqfLevel: [nqf],
            thematicArea,
            isPartialQualification: true,
            creditPoint: creditPoint(`${id}:credit-point`, group.pointsRequired),
            learningOutcome: units.flatMap((u) => u.outcomes.map(outcome)),
            hasPart: units.map(unit),
            ...review('group', group.code, id),
          },
        ];
      }),
    ],
    ...(curriculum.workBasedLearning.length > 0
      ? { influencedBy: curriculum.workBasedLearning.map(period) }
      : {}),
    ...notes(curriculum, review('curriculum', null, curriculumUri(curriculum.id))),
    ...(curriculum.assessmentPlan.length > 0
      ? {
          provenBy: curriculum.assessmentPlan.map((part) => ({
            id: `${curriculumUri(curriculum.id)}:assessment:${encodeURIComponent(part.code)}`,
            type: 'LearningAssessmentSpecification' as const,
            title:
              Object.keys(langMap(part.title)).length > 0 ? langMap(part.title) : { en: part.code },
            description: partDescription(part, curriculum.languages),
            ...(part.methods.length > 0
              ? {
                  dcType: part.methods.map((m) =>
                    concept(
                      ASSESSMENT_TYPES[m].id,
                      SCHEMES.assessmentType,
                      ASSESSMENT_TYPES[m].label,
                    ),
                  ),
                }
              : {}),
            ...(part.unitIds.some((id) => unitIds.has(id))
              ? { proves: part.unitIds.filter((id) => unitIds.has(id)).map(unitUri) }
              : {}),
            ...review(
              'part',
              part.code,
              `${curriculumUri(curriculum.id)}:assessment:${encodeURIComponent(part.code)}`,
            ),
          })),
        }
      : {}),
    ...(programmeHours(curriculum) > 0
      ? { volumeOfLearning: isoHours(programmeHours(curriculum)) }
      : {}),
  };
  return { ok: true, document };
}

/** The programme's hours of learning: its years × the hours of a full-time year × its intensity. */
function programmeHours(c: Curriculum): number {
  return (c.durationMonths / 12) * c.thresholds.hoursPerYear * c.intensity;
}

/** "40 % of the final result; year 2, term 2" in the partners' languages (English for others). */
const PART_DESCRIPTION: Readonly<
  Record<string, (weight: number, year: number, term: number | null) => string>
> = {
  en: (w, y, t) => `${w} % of the final result; year ${y}${t === null ? '' : `, term ${t}`}`,
  de: (w, y, t) => `${w} % des Endergebnisses; Jahr ${y}${t === null ? '' : `, Abschnitt ${t}`}`,
  lt: (w, y, t) =>
    `${w} % galutinio įvertinimo; ${y} metai${t === null ? '' : `, ${t} laikotarpis`}`,
  lv: (w, y, t) => `${w} % no gala vērtējuma; ${y}. gads${t === null ? '' : `, ${t}. posms`}`,
  et: (w, y, t) => `${w} % lõpptulemusest; ${y}. aasta${t === null ? '' : `, ${t}. periood`}`,
};

function partDescription(part: AssessmentPart, languages: readonly string[]): LangMap {
  const map: LangMap = {};
  for (const language of languages) {
    const describe = PART_DESCRIPTION[language];
    if (describe !== undefined) map[language] = describe(part.weight, part.year, part.term);
  }
  return Object.keys(map).length > 0
    ? map
    : { en: PART_DESCRIPTION['en'](part.weight, part.year, part.term) };
}

/** The lead of the add-on note, in the partners' languages (English for others). */
const ADD_ONS: Readonly<Record<string, string>> = {
  en: "Optional add-on qualifications, outside the qualification's ECVET points",
  de: 'Freiwillige Zusatzqualifikationen außerhalb der ECVET-Punkte der Qualifikation',
  lt: 'Neprivalomos papildomos kvalifikacijos, neįskaičiuojamos į kvalifikacijos ECVET kreditus',
  lv: 'Izvēles papildu kvalifikācijas ārpus kvalifikācijas ECVET kredītpunktiem',
  et: 'Valikulised lisakvalifikatsioonid väljaspool kvalifikatsiooni ECVET-punkte',
};

const PARTIALS: Readonly<Record<string, string>> = {
  en: 'Partial qualifications, each certified alone',
  de: 'Teilqualifikationen, jede einzeln bescheinigt',
  lt: 'Dalinės kvalifikacijos, kiekviena pažymima atskirai',
  lv: 'Daļējas kvalifikācijas, katra apliecināta atsevišķi',
  et: 'Osakvalifikatsioonid, igaüks tõendatud eraldi',
};

/**
 * Notes on what the qualification's parts do not say: the add-on qualifications (units outside
 * its points) and the partial qualifications (sets of its units certified alone, which overlap
 * its parts and so are no `hasPart` of their own), each entry with its points, in every language
 * of its titles.
 */
function notes(
  curriculum: Curriculum,
  review: { additionalNote?: ElmNote[] },
): { additionalNote?: ElmNote[] } {
  const byId = new Map(curriculum.units.map((u) => [u.id, u]));
  const titleIn = (text: LocalizedText, language: string) =>
    langMap(text)[language] ?? Object.values(langMap(text))[0] ?? '';
  const note = (
    suffix: string,
    heading: Readonly<Record<string, string>>,
    entries: readonly { title: LocalizedText; line: (title: string) => string }[],
  ): ElmNote[] => {
    if (entries.length === 0) return [];
    const languages = [...new Set(entries.flatMap((e) => Object.keys(langMap(e.title))))];
    const noteLiteral: LangMap = {};
    for (const language of languages) {
      const items = entries.map((e) => e.line(titleIn(e.title, language)));
      noteLiteral[language] = `${heading[language] ?? heading['en']}: ${items.join('; ')}`;
    }
    return [{ id: `${curriculumUri(curriculum.id)}:${suffix}`, type: 'Note', noteLiteral }];
  };
  const additionalNote = [
    ...(review.additionalNote ?? []),
    ...note(
      'add-ons',
      ADD_ONS,
      curriculum.units
        .filter((u) => u.addOn)
        .map((u) => ({ title: u.title, line: (t) => `${u.code} ${t} (${u.ecvetPoints} ECVET)` })),
    ),
    ...note(
      'partial-qualifications',
      PARTIALS,
      (curriculum.partialQualifications ?? []).map((partial) => {
        const units = partial.unitIds.flatMap((id) => byId.get(id) ?? []);
        const points = Number(units.reduce((sum, u) => sum + u.ecvetPoints, 0).toFixed(2));
        const codes = units.map((u) => u.code).join(', ');
        return {
          title: partial.title,
          line: (t: string) => `${partial.code} ${t}: ${codes} (${points} ECVET)`,
        };
      }),
    ),
  ];
  return additionalNote.length > 0 ? { additionalNote } : {};
}

/** `additionalNote` when there are notes. */
const withNotes = (notes: readonly ElmNote[]): { additionalNote?: ElmNote[] } =>
  notes.length > 0 ? { additionalNote: [...notes] } : {};

/** Where a unit adopted from the shared library came from, as is or adapted (ADR 0029). */
const FROM_LIBRARY: Readonly<Record<string, readonly [string, string]>> = {
  en: ['From the shared library', 'Adapted from the shared library'],
  de: ['Aus der gemeinsamen Bibliothek', 'Angepasst aus der gemeinsamen Bibliothek'],
  lt: ['Iš bendrosios bibliotekos', 'Pritaikyta iš bendrosios bibliotekos'],
  lv: ['No kopīgās bibliotēkas', 'Pielāgots no kopīgās bibliotēkas'],
  et: ['Ühisest raamatukogust', 'Kohandatud ühisest raamatukogust'],
};

/**
 * The provenance of a unit adopted from the shared library as a note, in the curriculum's
 * languages that have a sentence for it (English for the others).
 */
function provenanceNote(curriculum: Curriculum, unit: Unit): ElmNote[] {
  const provenance = unit.provenance;
  if (!provenance) return [];
  const noteLiteral: LangMap = {};
  for (const language of [...curriculum.languages, 'en']) {
    const sentence = FROM_LIBRARY[language];
    if (sentence !== undefined)
      noteLiteral[language] = `${sentence[provenance.adapted ? 1 : 0]}: ${provenance.attribution}.`;
  }
  return [{ id: `${unitUri(unit.id)}:provenance`, type: 'Note', noteLiteral }];
}

/** That the translation of an entry into a language needs review, in that language. */
const TRANSLATION_REVIEW: Readonly<Record<string, string>> = {
  en: 'The English translation of this entry needs review: its source text changed after it was translated.',
  de: 'Die deutsche Übersetzung dieses Eintrags ist zu prüfen: Ihr Ausgangstext wurde nach der Übersetzung geändert.',
  lt: 'Šio įrašo vertimą į lietuvių kalbą reikia peržiūrėti: jo šaltinio tekstas pakeistas po vertimo.',
  lv: 'Šī ieraksta tulkojums latviešu valodā jāpārskata: tā avota teksts pēc tulkošanas ir mainīts.',
  et: 'Selle kirje eestikeelne tõlge vajab ülevaatamist: selle lähtetekst muutus pärast tõlkimist.',
};

/**
 * A note on an entry (`id`) whose translation into some languages needs review (ADR 0025), in
 * each of those languages; languages without a sentence of their own get an English one.
 */
function reviewNote(
  curriculum: Curriculum,
  owner: TextOwner,
  ownerId: string | null,
  id: string,
): { additionalNote?: ElmNote[] } {
  const languages = staleLanguagesOf(curriculum.staleTranslations, owner, ownerId);
  if (languages.length === 0) return {};
  const noteLiteral: LangMap = {};
  const others = languages.filter((language) => TRANSLATION_REVIEW[language] === undefined);
  for (const language of languages) {
    if (TRANSLATION_REVIEW[language] !== undefined)
      noteLiteral[language] = TRANSLATION_REVIEW[language];
  }
  if (others.length > 0 && noteLiteral['en'] === undefined) {
    noteLiteral['en'] =
      `The translations of this entry into ${others.join(', ')} need review: their source text changed after they were made.`;
  }
  return { additionalNote: [{ id: `${id}:translation-review`, type: 'Note', noteLiteral }] };
}

/** ISO 8601 duration in hours: 320 → `PT320H`, 7.5 → `PT7.5H`. */
export function isoHours(hours: number): string {
  return `PT${Number(hours.toFixed(2))}H`;
}

/** The non-empty texts, trimmed (ELM allows one value per language). */
export function langMap(text: LocalizedText): LangMap {
  const map: LangMap = {};
  for (const [language, value] of Object.entries(text ?? {})) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed !== '') map[language] = trimmed;
  }
  return map;
}

function optionalLangMap(key: 'description', text: LocalizedText): { description?: LangMap } {
  const map = langMap(text);
  return Object.keys(map).length > 0 ? { [key]: map } : {};
}

const hasText = (text: LocalizedText) => Object.keys(langMap(text)).length > 0;
const isLevel = (level: number, max: number) =>
  Number.isInteger(level) && level >= 1 && level <= max;

function concept(id: string, scheme: string, label?: LangMap | string): ElmConcept {
  return {
    id,
    type: 'Concept',
    inScheme: { id: scheme, type: 'ConceptScheme' },
    ...(label === undefined
      ? {}
      : { prefLabel: typeof label === 'string' ? { en: label } : label }),
  };
}

const eqfConcept = (level: number) => concept(eqfLevelUri(level), SCHEMES.eqf, `Level ${level}`);

/**
 * ESCO's skill pillar knows two types: knowledge, and skill/competence — which holds both skills
 * and responsibility and autonomy (the EQF's "competence").
 */
function outcomeType(category: OutcomeCategory): ElmConcept {
  const type = category === 'knowledge' ? ESCO_SKILL_TYPES.knowledge : ESCO_SKILL_TYPES.skill;
  return concept(type.id, SCHEMES.escoSkillTypes, type.label);
}

/**
 * What an elective group asks of the learner by its choice rule (ADR 0015), in the five languages
 * of the product's messages, with the terms of docs/glossary.md and numbers in each language's way.
 */
function electiveDescription(group: ElectiveGroup, unitCount: number): LangMap {
  const n = (value: number, language: string) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  const p = (language: string) => n(group.pointsRequired, language);
  switch (group.rule) {
    case 'units': {
      const k = group.unitsRequired ?? 1;
      return {
        en: `Elective units: the learner chooses ${k} of the ${unitCount} units of this group.`,
        de: `Wahlpflichteinheiten: Die Lernenden wählen ${k} der ${unitCount} Einheiten dieser Gruppe.`,
        lt: `Pasirenkamieji moduliai: besimokantysis pasirenka šios grupės modulius (${k} iš ${unitCount}).`,
        lv: `Izvēles vienības: izglītojamais izvēlas šīs grupas vienības (${k} no ${unitCount}).`,
        et: `Valikühikud: õppija valib selle rühma ühikute hulgast ${k} (kokku ${unitCount}).`,
      };
    }
    case 'points-exactly':
      return {
        en: `Elective units: the learner completes units of this group worth exactly ${p('en')} ECVET points.`,
        de: `Wahlpflichteinheiten: Die Lernenden schließen Einheiten dieser Gruppe im Umfang von genau ${p('de')} ECVET-Punkten ab.`,
        lt: `Pasirenkamieji moduliai: besimokantysis baigia šios grupės modulius, kurių vertė ECVET taškais – lygiai ${p('lt')}.`,
        lv: `Izvēles vienības: izglītojamais apgūst šīs grupas vienības, kuru apjoms ECVET punktos ir tieši ${p('lv')}.`,
        et: `Valikühikud: õppija läbib selle rühma ühikud, mille maht ECVET-punktides on täpselt ${p('et')}.`,
      };
    default:
      return {
        en: `Elective units: the learner completes units of this group worth at least ${p('en')} ECVET points.`,
        de: `Wahlpflichteinheiten: Die Lernenden schließen Einheiten dieser Gruppe im Umfang von mindestens ${p('de')} ECVET-Punkten ab.`,
        lt: `Pasirenkamieji moduliai: besimokantysis baigia šios grupės modulius, kurių vertė ECVET taškais – ne mažiau kaip ${p('lt')}.`,
        lv: `Izvēles vienības: izglītojamais apgūst šīs grupas vienības, kuru apjoms ECVET punktos ir vismaz ${p('lv')}.`,
        et: `Valikühikud: õppija läbib selle rühma ühikud, mille maht ECVET-punktides on vähemalt ${p('et')}.`,
      };
  }
}

function iscedFConcept(code: string): ElmConcept {
  return { ...concept(iscedFUri(code), SCHEMES.iscedF, iscedFField(code)), notation: code };
}

/** The NQF level in the institution country's framework ("DQR level 4"), with no invented URI. */
function nqfConcept(level: number, country: string | null): ElmNqfLevel {
  const framework = nqfFrameworkOf(country);
  const label =
    framework !== null
      ? `${framework.name} level ${level}`
      : country
        ? `NQF level ${level} (${country.toUpperCase()})`
        : `NQF level ${level}`;
  return { type: 'Concept', prefLabel: { en: label }, notation: String(level) };
}

function creditPoint(id: string, points: number): ElmCreditPoint {
  return {
    id,
    type: 'CreditPoint',
    framework: concept(ECVET.id, SCHEMES.educationCredit, ECVET.label),
    point: String(points),
  };
}

/**
 * One label per ESCO skill URI for the whole document (the first one met): a concept is one node in
 * RDF, and ELM allows one prefLabel per language.
 */
function escoLabels(curriculum: Curriculum): Map<string, LangMap> {
  const labels = new Map<string, LangMap>();
  const add = (ref: EscoReference | null) => {
    if (ref && !labels.has(ref.uri)) labels.set(ref.uri, langMap(ref.label));
  };
  for (const unit of curriculum.units) for (const o of unit.outcomes) o.escoSkills.forEach(add);
  return labels;
}

function escoConcept(uri: string, labels: Map<string, LangMap>): ElmConcept {
  const label = labels.get(uri);
  return concept(
    uri,
    SCHEMES.escoSkills,
    label && Object.keys(label).length > 0 ? label : undefined,
  );
}
