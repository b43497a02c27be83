import type { AssessmentMethod } from '@curriculum-builder/curriculum';

/**
 * The Europass vocabularies the ELM export uses: contexts, concept schemes and the few concepts
 * (with their official labels) taken from the EDC controlled lists in `shared/standards/elm/*.xsd`.
 */

/** The two JSON-LD contexts of a European Digital Credential document, in this order. */
export const ELM_CONTEXT = [
  'https://www.w3.org/2018/credentials/v1',
  'http://data.europa.eu/snb/model/context/edc-ap',
] as const;

export const ELM_MEDIA_TYPE = 'application/ld+json';

const SNB = 'http://data.europa.eu/snb';

/** EDC concept schemes: `<list>/25831c2`, as in the Europass sample credential. */
export const SCHEMES = {
  eqf: `${SNB}/eqf/25831c2`,
  iscedF: `${SNB}/isced-f/25831c2`,
  educationCredit: `${SNB}/education-credit/25831c2`,
  learningAssessment: `${SNB}/learning-assessment/25831c2`,
  learningSetting: `${SNB}/learning-setting/25831c2`,
  learningActivity: `${SNB}/learning-activity/25831c2`,
  assessmentType: `${SNB}/assessment/25831c2`,
  escoSkills: 'http://data.europa.eu/esco/concept-scheme/skills',
  escoSkillTypes: 'http://data.europa.eu/esco/concept-scheme/skill-types',
  language: 'http://publications.europa.eu/resource/authority/language',
} as const;

export const eqfLevelUri = (level: number) => `${SNB}/eqf/${level}`;
export const iscedFUri = (code: string) => `${SNB}/isced-f/${code}`;

/** ECVET, the European credit system for vocational education and training. */
export const ECVET = {
  id: `${SNB}/education-credit/60b314e826`,
  label: 'European credit system for vocational education and training',
} as const;

/** The ESCO skill pillar's types, for the type of a learning outcome (ELM `dcType`). */
export const ESCO_SKILL_TYPES = {
  knowledge: { id: 'http://data.europa.eu/esco/skill-type/knowledge', label: 'knowledge' },
  skill: { id: 'http://data.europa.eu/esco/skill-type/skill', label: 'skill/competence' },
} as const;

/** Mode of learning and assessment "Workbased" (EDC list of modes). */
export const WORK_BASED_MODE = {
  id: `${SNB}/learning-assessment/729f3bed4b`,
  label: 'Workbased',
} as const;

/**
 * The type of a work-based learning period (EDC list of learning activity types): apprenticeship
 * in dual and workplace-based programmes, internship in school-based ones.
 */
export const WBL_ACTIVITY_TYPES = {
  apprenticeship: { id: `${SNB}/learning-activity/d46a826a39`, label: 'apprenticeship' },
  internship: { id: `${SNB}/learning-activity/bf5588ff84`, label: 'internship' },
} as const;

/** The product's assessment methods as EDC learning assessment types. */
export const ASSESSMENT_TYPES: Readonly<
  Record<AssessmentMethod, { readonly id: string; readonly label: string }>
> = {
  'practical-task': { id: `${SNB}/assessment/6a4db9f11d`, label: 'practical assessment' },
  'work-sample': { id: `${SNB}/assessment/de4d165a6c`, label: 'artefact assessment' },
  'written-exam': { id: `${SNB}/assessment/6e6cb2cc78`, label: 'written examination' },
  'oral-exam': { id: `${SNB}/assessment/d30284d7df`, label: 'oral examination' },
  project: { id: `${SNB}/assessment/795dac4096`, label: 'project work' },
  portfolio: { id: `${SNB}/assessment/4f03b91c0e`, label: 'portfolio' },
  'observation-at-work': { id: `${SNB}/assessment/3484bd7e51`, label: 'continuous evaluation' },
};

/** Learning setting "formal learning" (EDC list of learning setting types). */
export const FORMAL_LEARNING = {
  id: `${SNB}/learning-setting/6fd4685715`,
  label: 'formal learning',
} as const;

/** ISO 639-1 → the EU Language Named Authority List (ISO 639-2/B based) with the English name. */
export const LANGUAGES: Readonly<Record<string, { readonly code: string; readonly name: string }>> =
  {
    bg: { code: 'BUL', name: 'Bulgarian' },
    cs: { code: 'CES', name: 'Czech' },
    da: { code: 'DAN', name: 'Danish' },
    de: { code: 'DEU', name: 'German' },
    el: { code: 'ELL', name: 'Greek' },
    en: { code: 'ENG', name: 'English' },
    es: { code: 'SPA', name: 'Spanish' },
    et: { code: 'EST', name: 'Estonian' },
    fi: { code: 'FIN', name: 'Finnish' },
    fr: { code: 'FRA', name: 'French' },
    hr: { code: 'HRV', name: 'Croatian' },
    hu: { code: 'HUN', name: 'Hungarian' },
    it: { code: 'ITA', name: 'Italian' },
    lt: { code: 'LIT', name: 'Lithuanian' },
    lv: { code: 'LAV', name: 'Latvian' },
    nl: { code: 'NLD', name: 'Dutch' },
    pl: { code: 'POL', name: 'Polish' },
    pt: { code: 'POR', name: 'Portuguese' },
    ro: { code: 'RON', name: 'Romanian' },
    sk: { code: 'SLK', name: 'Slovak' },
    sl: { code: 'SLV', name: 'Slovenian' },
    sv: { code: 'SWE', name: 'Swedish' },
  };
