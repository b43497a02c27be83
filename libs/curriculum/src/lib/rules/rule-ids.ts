import type { Severity } from './finding';

export interface RuleDescription {
  readonly id: string;
  /** The severities the rule can report. */
  readonly severities: readonly Severity[];
  /** One line of English for documentation. */
  readonly description: string;
  /** Where the rule comes from: an article of a Recommendation, or the product's good practice. */
  readonly source: string;
}

const ECVET = 'ECVET Recommendation (2009/C 155/02)';
const EQF = 'EQF Recommendation (2017/C 189/03)';
const OWN = 'Good practice of this product';

/** Every rule of the engine, in the order `validateCurriculum` runs them. */
export const RULE_IDS = [
  {
    id: 'ECVET-THRESHOLDS',
    severities: ['error'],
    description:
      'The thresholds are within their limits (LIMITS.thresholds): points per year 1..200, tolerance 0..100, hours per year 100..4000 (whole numbers), WBL share 0..1.',
    source: `${OWN}: the engine's configuration`,
  },
  {
    id: 'ECVET-R1',
    severities: ['error', 'warning'],
    description:
      'Qualification points = points per year × years of the reference full-time duration (3.5 years → 210); the delivered duration at its intensity differing from the reference is a warning.',
    source: `${ECVET}, Annex II ("60 ECVET points are allocated to the learning outcomes expected to be achieved in a year of formal full time VET")`,
  },
  {
    id: 'ECVET-R2',
    severities: ['error', 'warning'],
    description:
      'Mandatory unit points + points counted by the elective groups = qualification points (add-on units count outside); each group\'s choice rule can be met: "at least p points" by its units (no exact choice: warning), "exactly p points" by some choice (subset sum), "n of m units" with n ≤ m and every choice giving its points (more: warning); every elective unit belongs to a declared group; an add-on is neither mandatory nor in a group.',
    source: `${ECVET}, Annex II (points allocated to a qualification and to its units)`,
  },
  {
    id: 'ECVET-R3',
    severities: ['error', 'warning'],
    description:
      'Every unit has a title, ≥ 1 outcome, assessment criteria in the primary language (its own, or each of its outcomes’), points > 0 and an EQF level; a unit without an assessment method is a warning.',
    source: `${ECVET}, Annex I (unit of learning outcomes: assessed and validated) and Annex II (points per unit)`,
  },
  {
    id: 'ECVET-AREA',
    severities: ['warning'],
    description: 'Units are tagged only with the six Industry 4.0 areas.',
    source: `${OWN}: the Industry 4.0 areas of the metalworking curricula`,
  },
  {
    id: 'ECVET-R4',
    severities: ['error', 'warning'],
    description:
      "EQF levels are integers 1..8; a unit above the qualification level is a warning. The NQF level is a level of the institution country's framework (1..10 when not known; error) and the one it references to the qualification's EQF level (e.g. DQR, LTKS, LKI, EKR one to one, Irish NFQ 10 levels; warning).",
    source: `${EQF}, Annex II (levels) and ${ECVET}, Annex II (a unit's level)`,
  },
  {
    id: 'ECVET-R5',
    severities: ['error'],
    description: 'Every outcome has a valid category and a text in the primary language.',
    source: `${EQF}, Annex I (knowledge, skills, responsibility and autonomy)`,
  },
  {
    id: 'ECVET-YEAR-RANGE',
    severities: ['error'],
    description:
      'Units and WBL periods are scheduled in a programme year (1..ceil(months / 12)) and a valid term; a unit spanning terms or years ends within the programme and not before it starts.',
    source: `${OWN}: units and periods within the programme's years`,
  },
  {
    id: 'ECVET-YEAR-LOAD',
    severities: ['warning'],
    description:
      'The points scheduled in each delivered year (a unit spanning years counts evenly in each) are the points per year × the intensity (a fraction in a last half year) ± the tolerance; guided-learning hours of mandatory units and WBL hours of a year do not exceed its programme hours.',
    source: `${OWN}, after ${ECVET}, Annex II (60 points a full-time year)`,
  },
  {
    id: 'ECVET-PREREQ',
    severities: ['error'],
    description:
      'Prerequisites name existing units, form no cycle, and end in an earlier period than the unit starts; a mandatory unit never requires an elective or add-on one.',
    source: `${OWN}: prerequisites come earlier and form no cycle`,
  },
  {
    id: 'ECVET-CODE-UNIQUE',
    severities: ['error'],
    description:
      'The curriculum, units and elective groups have codes; unit and group codes are unique (ignoring case).',
    source: `${OWN}: codes identify units and groups`,
  },
  {
    id: 'ECVET-ID-UNIQUE',
    severities: ['error'],
    description: 'Unit, outcome and WBL period ids are unique.',
    source: `${OWN}: references between parts stay unambiguous`,
  },
  {
    id: 'ECVET-WBL-COVERAGE',
    severities: ['error', 'warning'],
    description:
      'Every WBL period lasts > 0 hours and covers ≥ 1 existing unit; its outcomes exist and belong to its units; warnings for a period that covers only elective or add-on units, comes before a unit it practises, or says nothing of its assessment.',
    source: `${OWN}: work-based learning practises named units and outcomes`,
  },
  {
    id: 'ECVET-WBL-SHARE',
    severities: ['warning'],
    description:
      "No WBL period lasts longer than a programme year (hours per year), the periods of one term not longer than a term's hours (the year's at its intensity, shared by its terms), all periods together not longer than the programme, and work-based learning takes at least the minimum share of the programme hours (the threshold when set, else the form's: 50 % dual, 2/3 workplace-based).",
    source: `${OWN}, with the national minimum shares of work-based learning as thresholds`,
  },
  {
    id: 'ECVET-ASSESSMENT',
    severities: ['error', 'warning'],
    description:
      'The assessment plan: parts weigh 0..100 % and together 100 %, take place within the programme, name only its units and outcomes, have unique codes; warnings for a part without method or content, one before a unit it assesses, and outcomes assessed nowhere (a unit without method that the plan covers in part).',
    source: `${ECVET}, Annex I (units are assessed) and the national examination regulations (e.g. the German final examination in two parts)`,
  },
  {
    id: 'ECVET-PROGRAMMES',
    severities: ['warning'],
    description:
      'Programmes of one qualification (the same qualification code at the institution: full-time, part-time, shortened) state its EQF and NQF level, ISCED-F code, ESCO occupation, ECVET points and reference duration alike; checked where the other programmes are known (the server).',
    source: `${ECVET}, Annex II (points belong to the qualification, not to the programme that delivers it)`,
  },
  {
    id: 'ECVET-PARTIAL',
    severities: ['error', 'warning'],
    description:
      'Partial qualifications (named sets of units certified alone) have unique codes, a title in the primary language and at least one unit, each a unit of the curriculum and listed once; warnings for one whose unit requires a unit neither it nor an earlier one holds (they build on each other: TQ1, TQ2 …), one holding every unit of the qualification, and two with the same units.',
    source: `${ECVET}, Annex II (points of a qualification and of its units; partial qualifications) and the national rules on partial qualifications (e.g. the German "Teilqualifikationen")`,
  },
  {
    id: 'ECVET-TRANSLATION',
    severities: ['error', 'warning'],
    description:
      'Every text exists in every declared language: an error in a required language (the primary one always; review and publication wait for it), a warning in an optional one; the primary and the required languages are declared; a translation whose source text changed after it was made needs review (warning).',
    source: `${OWN}: every declared language complete (mobility partners read their own)`,
  },
  {
    id: 'OUTCOME-QUALITY',
    severities: ['warning'],
    description:
      'Outcomes can be assessed: no vague verbs ("understand", "kennen", "žinoti" …), bare noun phrases ("Knowledge of …") or openings with an article or a noun made from a verb ("Programmierung …"; German may end in the verb) in any language; in the primary language at most two actions, and a skill names a condition or standard ("according to the drawing", "normgerecht", "pagal brėžinį"); no outcome repeating another, in the same words in any order or nearly (80 % of its words), within or across units; at least one skill outcome per unit.',
    source: `${OWN}, after the Cedefop handbook "Defining, writing and applying learning outcomes" (2017)`,
  },
  {
    id: 'IMPORT-DEFAULT',
    severities: ['warning'],
    description:
      'No value is a guess: a field an import filled with a default because the file did not state it is set or confirmed by an author (the ELM export refuses until then).',
    source: `${OWN}: no guessed value is stated as a fact`,
  },
] as const satisfies readonly RuleDescription[];

export type RuleId = (typeof RULE_IDS)[number]['id'];
