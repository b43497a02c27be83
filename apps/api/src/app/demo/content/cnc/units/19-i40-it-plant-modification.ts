import {
  ESCO_FOLLOW_STANDARDS_FOR_MACHINERY_SAFETY,
  ESCO_MAINTAIN_CONTROL_SYSTEMS_FOR_AUTOMATED_EQUIPMENT,
  ESCO_PERFORM_TEST_RUN,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-I40-4',
  title: {
    de: 'Zusatzqualifikation IT-gestützte Anlagenänderung',
    en: 'Add-on qualification: IT-supported plant modification',
  },
  description: {
    de: 'Planen, Durchführen und Dokumentieren von Änderungen an automatisierten Fertigungsanlagen mit Software: Anpassen von Steuerungsprogrammen, Parametern und Visualisierungen, Testen und Inbetriebnehmen (8 Wochen).',
    en: 'Planning, carrying out and documenting modifications to automated production plants with software: adapting control programs, parameters and visualisations, testing and commissioning (8 weeks).',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: false,
  electiveGroup: null,
  addOn: true,
  year: 4,
  term: null,
  areas: ['digital-production', 'workplace-innovation'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-08', 'ZM-11'],
  assessment: {
    methods: ['project', 'practical-task'],
    criteria: {
      de: 'Die Änderung an der Be- und Entladeeinrichtung einer CNC-Zelle ist geplant, im Simulationsmodell getestet und in Betrieb genommen; Sicherungsstände vor und nach der Änderung liegen vor; die Änderungsdokumentation ist vollständig.',
      en: 'The modification of the loading and unloading device of a CNC cell is planned, tested in the simulation model and commissioned; backups before and after the change exist; the change documentation is complete.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Änderungsmanagement, Versionsverwaltung und virtuelle Inbetriebnahme für automatisierte Anlagen.',
        en: 'Explains change management, version control and virtual commissioning for automated plants.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_MAINTAIN_CONTROL_SYSTEMS_FOR_AUTOMATED_EQUIPMENT],
      text: {
        de: 'Ändert SPS-Programme und Maschinenparameter mit der Engineering-Software und testet die Änderung am Simulationsmodell.',
        en: 'Modifies PLC programs and machine parameters with the engineering software and tests the modification on the simulation model.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_TEST_RUN, ESCO_FOLLOW_STANDARDS_FOR_MACHINERY_SAFETY],
      text: {
        de: 'Nimmt die geänderte Anlage schrittweise in Betrieb und prüft alle Sicherheitsfunktionen.',
        en: 'Commissions the modified plant step by step and checks all safety functions.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Sichert Programmstände vor jeder Änderung, dokumentiert die Änderung nachvollziehbar und weist Bedienpersonal ein.',
        en: 'Backs up program versions before every change, documents the change traceably and instructs operating staff.',
      },
    },
  ],
};
