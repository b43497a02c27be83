import type { ContentAssessmentPart } from '@curriculum-builder/curriculum';

const codes = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `ZM-${String(from + i).padStart(2, '0')}`);

/**
 * The final examination in two parts of the training regulation for the industrial metal
 * occupations (2018, "gestreckte Abschlussprüfung"): part 1 in the second year, 40 %; part 2 at
 * the end of the training, 60 %, with the company order of the chosen deployment area.
 */
export const assessmentPlan: readonly ContentAssessmentPart[] = [
  {
    code: 'AP1',
    title: {
      de: 'Abschlussprüfung Teil 1: Herstellen von Bauteilen',
      en: 'Final examination part 1: producing components',
    },
    weight: 40,
    year: 2,
    term: 2,
    methods: ['work-sample', 'written-exam'],
    unitCodes: codes(1, 10),
    outcomeRefs: [],
  },
  {
    code: 'AP2',
    title: {
      de: 'Abschlussprüfung Teil 2: Arbeitsauftrag, Auftrags- und Funktionsanalyse, Fertigungstechnik, Wirtschafts- und Sozialkunde',
      en: 'Final examination part 2: work order, order and function analysis, production technology, economic and social studies',
    },
    weight: 60,
    year: 4,
    term: 2,
    methods: ['project', 'oral-exam', 'written-exam'],
    unitCodes: [...codes(11, 15), 'ZM-EG-1', 'ZM-EG-2', 'ZM-EG-3', 'ZM-EG-4'],
    outcomeRefs: [],
  },
];
