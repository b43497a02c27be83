import {
  ESCO_MAINTAIN_MECHANICAL_EQUIPMENT,
  ESCO_MAINTENANCE_OPERATIONS,
  ESCO_PERFORM_MACHINE_MAINTENANCE,
  ESCO_TROUBLESHOOT,
  ESCO_USE_COMPUTERISED_MAINTENANCE_MANAGEMENT_SYSTEMS,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-07',
  title: {
    de: 'Instandhalten von Betriebsmitteln',
    en: 'Maintaining equipment',
  },
  description: {
    de: 'Inspektion, Wartung und einfache Instandsetzung von Werkzeugmaschinen, Spannmitteln und Kühlschmierstoffanlagen nach Wartungsplan; Erkennen und Melden von Störungen.',
    en: 'Inspection, servicing and simple repair of machine tools, clamping devices and coolant systems according to the maintenance plan; detecting and reporting faults.',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 1,
  areas: ['digital-production'],
  escoSkills: [ESCO_PERFORM_MACHINE_MAINTENANCE],
  prerequisiteCodes: ['ZM-04'],
  assessment: {
    methods: ['practical-task', 'observation-at-work'],
    criteria: {
      de: 'Die Wartung nach Plan ist vollständig und im Wartungsprotokoll dokumentiert; die Konzentration des Kühlschmierstoffs liegt nach Refraktometermessung im Sollbereich; Störungen werden mit Ursache gemeldet.',
      en: 'Servicing according to the plan is complete and documented in the maintenance record; coolant concentration is within the target range as measured by refractometer; faults are reported with their cause.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_MAINTENANCE_OPERATIONS],
      text: {
        de: 'Unterscheidet Inspektion, Wartung, Instandsetzung und Verbesserung und erklärt vorbeugende und zustandsorientierte Instandhaltung.',
        en: 'Distinguishes inspection, servicing, repair and improvement and explains preventive and condition-based maintenance.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_MACHINE_MAINTENANCE],
      text: {
        de: 'Schmiert Führungen und Spindeln nach Schmierplan, wechselt Filter und prüft Füllstände von Hydraulik und Zentralschmierung.',
        en: 'Lubricates guideways and spindles according to the lubrication chart, changes filters and checks levels of hydraulics and central lubrication.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_MACHINE_MAINTENANCE],
      text: {
        de: 'Misst die Konzentration und den pH-Wert von Kühlschmierstoffen und korrigiert die Mischung.',
        en: 'Measures the concentration and pH value of coolants and corrects the mixture.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_MAINTAIN_MECHANICAL_EQUIPMENT, ESCO_TROUBLESHOOT],
      text: {
        de: 'Erkennt Verschleiß und Störungen an Spannfuttern, Revolvern und Schutzeinrichtungen und tauscht Verschleißteile aus.',
        en: 'Detects wear and faults on chucks, turrets and guards and replaces wearing parts.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_USE_COMPUTERISED_MAINTENANCE_MANAGEMENT_SYSTEMS],
      text: {
        de: 'Dokumentiert Wartungsarbeiten im Instandhaltungssystem und setzt Maschinen bei sicherheitsrelevanten Mängeln still.',
        en: 'Documents maintenance work in the maintenance system and shuts down machines in the event of safety-relevant defects.',
      },
    },
  ],
};
