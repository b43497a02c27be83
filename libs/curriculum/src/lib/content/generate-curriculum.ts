import {
  ASSESSMENT_METHODS,
  DEFAULT_THRESHOLDS,
  INDUSTRY_40_AREAS,
  OUTCOME_CATEGORIES,
} from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import type {
  ContentUnit,
  ContentWorkBasedLearning,
  CurriculumContent,
} from './curriculum-content';

export interface GeneratorOptions {
  readonly units: number;
  readonly outcomesPerUnit: number;
  readonly workBasedLearningPeriods: number;
  /** Languages of every text; the first is the primary language. */
  readonly languages: readonly string[];
  /** Same seed, same curriculum. */
  readonly seed?: number;
  /** Programme length in years; units are spread evenly over them. */
  readonly years?: number;
}

/** Mulberry32: a small deterministic PRNG, so generated curricula are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words per language, with the letters every export must keep (ä ö ü ß · ą č ę ė į š ų ū ž · ā ē ģ ī ķ ļ ņ · õ). */
const WORDS: Record<string, readonly string[]> = {
  en: [
    'machine',
    'tool',
    'workpiece',
    'program',
    'measure',
    'quality',
    'safety',
    'setup',
    'drawing',
    'tolerance',
  ],
  de: [
    'Maschine',
    'Werkzeug',
    'Werkstück',
    'Prüfung',
    'Maßnahme',
    'Qualität',
    'Sicherheit',
    'Größe',
    'Zeichnung',
    'Außendurchmesser',
  ],
  lt: [
    'staklės',
    'įrankis',
    'ruošinys',
    'grąžtas',
    'kūginis',
    'tęsinys',
    'ašių',
    'čiaupas',
    'brėžinys',
    'kokybė',
  ],
  lv: [
    'darbgalds',
    'frēžmašīna',
    'sagatave',
    'mērījums',
    'kvalitāte',
    'ķēde',
    'čuguns',
    'ģeometrija',
    'šļūtene',
    'ņipelis',
  ],
  et: [
    'tööpink',
    'tööriist',
    'mõõtmine',
    'kvaliteet',
    'süsteem',
    'šabloon',
    'käsitsi',
    'garaaž',
    'joonis',
    'tolerants',
  ],
};

function text(
  languages: readonly string[],
  next: () => number,
  label: string,
  words = 6,
): LocalizedText {
  return Object.fromEntries(
    languages.map((language) => {
      const list = WORDS[language] ?? WORDS['en'];
      const body = Array.from({ length: words }, () => list[Math.floor(next() * list.length)]).join(
        ' ',
      );
      return [language, `${label} ${body}`];
    }),
  );
}

/**
 * A synthetic curriculum of any size (e.g. 60 units × 10 outcomes, 20 WBL periods, 3 languages) for
 * tests and benchmarks. While a year has at most 60 units its points add up to 60, and the
 * whole to 60 per year.
 */
export function generateCurriculum(options: GeneratorOptions): CurriculumContent {
  const next = random(options.seed ?? 1);
  const languages = options.languages.length > 0 ? options.languages : ['en'];
  const years = options.years ?? Math.max(1, Math.min(4, Math.ceil(options.units / 15)));
  const perYear = Math.ceil(options.units / years);
  const units: ContentUnit[] = Array.from({ length: options.units }, (_, i) => {
    const year = Math.min(years, Math.floor(i / perYear) + 1);
    const inYear = Math.min(perYear, options.units - (year - 1) * perYear);
    const indexInYear = i - (year - 1) * perYear;
    // Spread 60 points over the units of the year; the first units take the remainder.
    const points = Math.floor(60 / inYear) + (indexInYear < 60 % inYear ? 1 : 0);
    const code = `GEN-${String(i + 1).padStart(3, '0')}`;
    return {
      code,
      title: text(languages, next, `Unit ${i + 1}`, 3),
      description: text(languages, next, 'Description', 12),
      eqfLevel: 3 + (i % 2),
      ecvetPoints: Math.max(1, points),
      mandatory: true,
      addOn: false,
      endYear: null,
      endTerm: null,
      guidedHours: null,
      nationalCredits: null,
      electiveGroup: null,
      year,
      term: null,
      areas: [INDUSTRY_40_AREAS[i % INDUSTRY_40_AREAS.length]],
      escoSkills: [],
      prerequisiteCodes:
        year > 1 ? [`GEN-${String((year - 2) * perYear + 1).padStart(3, '0')}`] : [],
      assessment: {
        methods: [ASSESSMENT_METHODS[i % ASSESSMENT_METHODS.length]],
        criteria: text(languages, next, 'Criteria', 10),
      },
      outcomes: Array.from({ length: options.outcomesPerUnit }, (_, k) => ({
        category: OUTCOME_CATEGORIES[k % OUTCOME_CATEGORIES.length],
        text: text(languages, next, `Outcome ${i + 1}.${k + 1}`, 8),
      })),
    };
  });
  const workBasedLearning: ContentWorkBasedLearning[] = Array.from(
    { length: options.workBasedLearningPeriods },
    (_, p) => {
      const unit = units[p % Math.max(1, units.length)];
      return {
        title: text(languages, next, `Placement ${p + 1}`, 3),
        year: unit?.year ?? 1,
        term: null,
        durationHours: 160 + 40 * (p % 5),
        companyProfile: text(languages, next, 'Company', 8),
        mentorRole: text(languages, next, 'Mentor', 3),
        unitCodes: unit ? [unit.code] : [],
        outcomeRefs: unit && unit.outcomes.length > 0 ? [{ unitCode: unit.code, index: 0 }] : [],
        assessment: text(languages, next, 'Assessment', 6),
      };
    },
  );
  return {
    code: `GEN-${options.units}x${options.outcomesPerUnit}`,
    qualificationCode: null,
    title: text(
      languages,
      next,
      `Generated curriculum ${options.units}×${options.outcomesPerUnit}`,
      2,
    ),
    description: text(languages, next, 'Synthetic curriculum', 20),
    eqfLevel: 4,
    nqfLevel: 4,
    iscedFCode: '0715',
    occupation: null,
    durationMonths: years * 12,
    referenceDurationMonths: years * 12,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: years * 60,
    primaryLanguage: languages[0],
    languages,
    requiredLanguages: [languages[0]],
    electiveGroups: [],
    assessmentPlan: [],
    partialQualifications: [],
    thresholds: DEFAULT_THRESHOLDS,
    units,
    workBasedLearning,
  };
}
