import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-07',
  title: {
    en: 'Troubleshooting and continuous improvement',
    de: 'Fehlersuche und kontinuierliche Verbesserung',
  },
  description: {
    en: 'Systematic troubleshooting in mechanical, pneumatic, sensor and robot components, root cause analysis, improvement workshops and the PDCA cycle in the networked factory.',
    de: 'Systematische Fehlersuche an mechanischen, pneumatischen, sensorischen und robotischen Komponenten, Ursachenanalyse, Verbesserungsworkshops und PDCA-Zyklus in der vernetzten Fabrik.',
  },
  eqfLevel: 3,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 2,
  areas: ['workplace-innovation', 'innovation-capacity', 'leadership-communication'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a',
      label: { en: 'solve technical problems' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/798d427e-51b3-4cd4-8b24-1357015e9ae7',
      label: { en: 'optimise production' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/df12fd50-55dc-4cfd-a021-818880668789',
      label: { en: 'maintain control systems for automated equipment' },
    },
  ],
  prerequisiteCodes: ['SFO-04'],
  assessment: {
    methods: ['practical-task', 'project'],
    criteria: {
      en: 'Locates two faults in a training line within the time limit and documents cause and remedy; the improvement proposal contains data, root cause and measure.',
      de: 'Findet zwei Fehler in einer Lernfabrik-Linie in der vorgegebenen Zeit und dokumentiert Ursache und Abhilfe; der Verbesserungsvorschlag enthält Daten, Grundursache und Maßnahme.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Describes systematic troubleshooting methods such as 5 Why and the Ishikawa diagram and the PDCA cycle.',
        de: 'Beschreibt systematische Methoden der Fehlersuche wie 5-Why und Ishikawa-Diagramm sowie den PDCA-Zyklus.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Localises faults in mechanical, pneumatic, sensor and robot components with diagnostic displays and circuit diagrams.',
        de: 'Grenzt Fehler an mechanischen, pneumatischen, sensorischen und robotischen Komponenten mit Diagnoseanzeigen und Schaltplänen ein.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Collects data on downtime in improvement workshops and proposes measures with a simple cost-benefit comparison.',
        de: 'Sammelt in Verbesserungsworkshops Daten zu Stillständen und schlägt Maßnahmen mit einem einfachen Kosten-Nutzen-Vergleich vor.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Presents improvement proposals to the team and implements agreed measures in their own area of work.',
        de: 'Stellt dem Team Verbesserungsvorschläge vor und setzt vereinbarte Maßnahmen im eigenen Arbeitsbereich um.',
      },
    },
  ],
};
