import type {
  ContentAssessmentPart,
  ContentPartialQualification,
  ContentWorkBasedLearning,
} from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum as cnc } from '../cnc';
import type { DemoCurriculum, DemoUnit } from '../types';

/*
 * The CNC qualification delivered part-time to adults (retraining, "Umschulung in Teilzeit"): the
 * same qualification — 210 ECVET points for its reference of 3.5 full-time years — over 5 years at
 * 70 % of full time. Its schedule is the full-time programme's stretched: each half-year slot of
 * the 4 programme years becomes 1.25 half-years of the 5, so a unit may now span terms or years.
 */

/** Half-years of the full-time schedule (4 programme years) and of the part-time one (5). */
const FULL = 8;
const PART = 10;
const stretch = PART / FULL;

/** The half-years a slot covers in the full-time schedule: [first, last], 0-based. */
function halves(year: number, term: number | null): [number, number] {
  const first = (year - 1) * 2 + (term === 2 ? 1 : 0);
  return [first, first + (term === null ? 1 : 0)];
}

/** A 0-based half-year of the part-time schedule as year and term. */
const slot = (half: number) => ({ year: Math.floor(half / 2) + 1, term: (half % 2) + 1 });

/** Where a unit runs in the part-time schedule: its start, and its end when it spans more. */
function schedule(year: number, term: number | null) {
  const [first, last] = halves(year, term);
  const start = Math.floor(first * stretch);
  const end = Math.floor((last + 1) * stretch) - 1;
  const from = slot(start);
  const to = slot(end);
  if (start === end) return { year: from.year, term: from.term, endYear: null, endTerm: null };
  if (from.year === to.year && from.term === 1 && to.term === 2)
    return { year: from.year, term: null, endYear: null, endTerm: null };
  return { year: from.year, term: from.term, endYear: to.year, endTerm: to.term };
}

/** The end of a slot in the part-time schedule (examinations take place at its end). */
function ending(year: number, term: number | null) {
  const last = halves(year, term)[1];
  return slot(Math.floor((last + 1) * stretch) - 1);
}

const units: DemoUnit[] = cnc.units.map((unit) => ({ ...unit, ...schedule(unit.year, unit.term) }));

// Adults in part-time retraining spend their company periods alongside school through the year:
// each period runs over the whole year it starts in (its hours would not fit one term at 70 %).
const workBasedLearning: ContentWorkBasedLearning[] = cnc.workBasedLearning.map((period) => {
  const { year } = schedule(period.year, period.term);
  return { ...period, year, term: null };
});

const assessmentPlan: ContentAssessmentPart[] = (cnc.assessmentPlan ?? []).map((part) => ({
  ...part,
  ...ending(part.year, part.term),
}));

/**
 * Adults in retraining are certified step by step: five partial qualifications
 * ("Teilqualifikationen"), each building on the ones before it, together the 200 mandatory
 * points; the company's deployment area completes the qualification.
 */
const partialQualifications: ContentPartialQualification[] = [
  {
    code: 'TQ1',
    title: {
      de: 'Betriebliche Grundlagen und manuelle Metallbearbeitung',
      en: 'Company basics and manual metalworking',
    },
    unitCodes: ['ZM-01', 'ZM-02', 'ZM-03', 'ZM-05'],
  },
  {
    code: 'TQ2',
    title: {
      de: 'Baugruppen montieren und Betriebsmittel instand halten',
      en: 'Assembling components and maintaining equipment',
    },
    unitCodes: ['ZM-04', 'ZM-06', 'ZM-07'],
  },
  {
    code: 'TQ3',
    title: {
      de: 'Steuerungstechnik und CNC-Programmierung',
      en: 'Control technology and CNC programming',
    },
    unitCodes: ['ZM-08', 'ZM-10'],
  },
  {
    code: 'TQ4',
    title: {
      de: 'CNC-Werkzeugmaschinen einrichten und Werkstücke fertigen',
      en: 'Setting up CNC machine tools and producing workpieces',
    },
    unitCodes: ['ZM-11', 'ZM-12'],
  },
  {
    code: 'TQ5',
    title: {
      de: 'Fertigungsprozesse planen, überwachen und optimieren',
      en: 'Planning, monitoring and optimising production',
    },
    unitCodes: ['ZM-09', 'ZM-13', 'ZM-14', 'ZM-15'],
  },
];

/** A draft of the school: the CNC qualification part-time for adults over 5 years. */
export const cncPartTimeCurriculum: DemoCurriculum = {
  ...cnc,
  status: 'draft',
  code: 'ZM-TZ-2018',
  qualificationCode: 'ZM-2018',
  title: {
    de: 'Zerspanungsmechaniker/in – Umschulung in Teilzeit (5 Jahre)',
    en: 'Cutting machining mechanic – part-time retraining for adults (5 years)',
  },
  description: {
    de: 'Dieselbe Qualifikation wie die duale Ausbildung ZM-CNC-2018 (210 ECVET-Punkte für 3,5 Vollzeitjahre), berufsbegleitend für Erwachsene über fünf Jahre mit 70 % der Vollzeit.',
    en: 'The same qualification as the dual training ZM-CNC-2018 (210 ECVET points for 3.5 full-time years), for working adults over five years at 70 % of full time.',
  },
  durationMonths: 60,
  referenceDurationMonths: 42,
  intensity: 0.7,
  fullTime: false,
  units,
  workBasedLearning,
  assessmentPlan,
  partialQualifications,
};
