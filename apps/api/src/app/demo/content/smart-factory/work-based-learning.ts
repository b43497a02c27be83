import type { DemoWorkBasedLearning } from '../types';

export const workBasedLearning: DemoWorkBasedLearning[] = [
  {
    title: {
      en: 'Line operation in automated assembly',
      de: 'Linienbedienung in der automatisierten Montage',
    },
    year: 1,
    term: 2,
    durationHours: 320,
    companyProfile: {
      en: 'Electronics manufacturer with SMT lines and automated final assembly of control units',
      de: 'Elektronikhersteller mit SMT-Linien und automatisierter Endmontage von Steuergeräten',
    },
    mentorRole: {
      en: 'Production team leader with in-company trainer qualification',
      de: 'Teamleiter/in Produktion mit Ausbildereignung (AEVO)',
    },
    unitCodes: ['SFO-01', 'SFO-03'],
    outcomeRefs: [
      { unitCode: 'SFO-01', index: 1 },
      { unitCode: 'SFO-03', index: 1 },
      { unitCode: 'SFO-03', index: 3 },
    ],
    assessment: {
      en: 'Observation at work with a checklist by the mentor; shift book entries of two weeks in the portfolio.',
      de: 'Beobachtung am Arbeitsplatz mit Checkliste durch den Betreuer; Schichtbucheinträge von zwei Wochen im Portfolio.',
    },
  },
  {
    title: {
      en: 'Robot cells and production data in the smart factory',
      de: 'Roboterzellen und Produktionsdaten in der Smart Factory',
    },
    year: 2,
    term: 2,
    durationHours: 480,
    companyProfile: {
      en: 'Smart factory of an automotive component supplier with robot cells, MES and automated guided vehicles',
      de: 'Smart Factory eines Automobilzulieferers mit Roboterzellen, Fertigungsleitsystem (MES) und fahrerlosen Transportsystemen',
    },
    mentorRole: {
      en: 'Automation technician acting as in-company mentor',
      de: 'Automatisierungstechniker/in als betriebliche/r Mentor/in',
    },
    unitCodes: ['SFO-04', 'SFO-05', 'SFO-06'],
    outcomeRefs: [
      { unitCode: 'SFO-04', index: 1 },
      { unitCode: 'SFO-04', index: 2 },
      { unitCode: 'SFO-05', index: 2 },
      { unitCode: 'SFO-06', index: 1 },
      { unitCode: 'SFO-06', index: 2 },
    ],
    assessment: {
      en: 'Practical task at a robot cell assessed by the mentor; short report on the OEE of the line with an improvement idea.',
      de: 'Praktische Aufgabe an einer Roboterzelle, bewertet durch den Mentor; Kurzbericht zur OEE der Linie mit einer Verbesserungsidee.',
    },
  },
];
