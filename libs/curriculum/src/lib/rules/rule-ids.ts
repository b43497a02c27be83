import type { Severity } from './finding';

export interface RuleDescription {
  readonly id: string;
  /** The severities the rule can report. */
  readonly severities: readonly Severity[];
  /** One line of English for documentation. */
  readonly description: string;
}

/** Every rule of the engine, in the order `validateCurriculum` runs them. */
export const RULE_IDS = [
  {
    id: 'ECVET-THRESHOLDS',
    severities: ['error'],
    description:
      'The thresholds are within their limits (LIMITS.thresholds): points per year 1..200, tolerance 0..100, hours per year 100..4000 (whole numbers), WBL share 0..1.',
  },
  {
    id: 'ECVET-R1',
    severities: ['error'],
    description:
      'Qualification points = points per year × years of the full-time programme (3.5 years → 210).',
  },
  {
    id: 'ECVET-R2',
    severities: ['error', 'warning'],
    description:
      'Mandatory unit points + points required by the elective groups = qualification points; every elective unit belongs to a declared group that offers enough points.',
  },
  {
    id: 'ECVET-R3',
    severities: ['error'],
    description:
      'Every unit has a title, ≥ 1 outcome, assessment criteria (primary language), points > 0 and an EQF level.',
  },
  {
    id: 'ECVET-AREA',
    severities: ['warning'],
    description: 'Units are tagged only with the six Industry 4.0 areas.',
  },
  {
    id: 'ECVET-R4',
    severities: ['error', 'warning'],
    description: 'EQF levels are integers 1..8; a unit above the qualification level is a warning.',
  },
  {
    id: 'ECVET-R5',
    severities: ['error'],
    description: 'Every outcome has a valid category and a text in the primary language.',
  },
  {
    id: 'ECVET-YEAR-RANGE',
    severities: ['error'],
    description:
      'Units and WBL periods are scheduled in a programme year (1..ceil(months / 12)) and a valid term.',
  },
  {
    id: 'ECVET-YEAR-LOAD',
    severities: ['warning'],
    description:
      'The points scheduled in each year are the points per year (a fraction in a last half year) ± the tolerance.',
  },
  {
    id: 'ECVET-PREREQ',
    severities: ['error'],
    description:
      'Prerequisites name existing units, form no cycle, and come in an earlier period than the unit.',
  },
  {
    id: 'ECVET-CODE-UNIQUE',
    severities: ['error'],
    description:
      'The curriculum, units and elective groups have codes; unit and group codes are unique (ignoring case).',
  },
  {
    id: 'ECVET-ID-UNIQUE',
    severities: ['error'],
    description: 'Unit, outcome and WBL period ids are unique.',
  },
  {
    id: 'ECVET-WBL-COVERAGE',
    severities: ['error', 'warning'],
    description:
      'Every WBL period lasts > 0 hours and covers ≥ 1 existing unit; its outcomes exist and belong to its units.',
  },
  {
    id: 'ECVET-WBL-SHARE',
    severities: ['warning'],
    description:
      'No WBL period lasts longer than a programme year (hours per year), and work-based learning takes at least the minimum share of the programme hours (when configured).',
  },
  {
    id: 'ECVET-TRANSLATION',
    severities: ['warning'],
    description: 'Every text exists in every declared language; the primary language is declared.',
  },
  {
    id: 'IMPORT-DEFAULT',
    severities: ['warning'],
    description:
      'No value is a guess: a field an import filled with a default because the file did not state it is set or confirmed by an author (the ELM export refuses until then).',
  },
] as const satisfies readonly RuleDescription[];

export type RuleId = (typeof RULE_IDS)[number]['id'];
