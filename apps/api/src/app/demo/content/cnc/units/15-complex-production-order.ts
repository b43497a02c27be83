import {
  ESCO_KEEP_RECORDS_OF_WORK_PROGRESS,
  ESCO_MANUFACTURING_PROCESSES,
  ESCO_PROGRAM_CNC_CONTROLLER,
  ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-15',
  title: {
    de: 'Komplexer Fertigungsauftrag',
    en: 'Complex production order',
  },
  description: {
    de: 'Selbstständige Abwicklung eines betrieblichen Kundenauftrags von der Auftragsanalyse über Programmierung, Einrichten und Fertigung bis zur Prüfung und Übergabe, als Vorbereitung auf Teil 2 der Abschlussprüfung.',
    en: 'Independent processing of a customer order in the company from order analysis through programming, setting up and production to inspection and handover, as preparation for part 2 of the final examination.',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 4,
  term: 2,
  areas: ['leadership-communication', 'workplace-innovation'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-14'],
  assessment: {
    methods: ['project', 'oral-exam'],
    criteria: {
      de: 'Der betriebliche Auftrag ist termin- und qualitätsgerecht abgeschlossen; die Dokumentation enthält Arbeitsplan, CNC-Programm, Rüstblatt und Prüfprotokoll; im auftragsbezogenen Fachgespräch werden Entscheidungen fachlich begründet.',
      en: 'The company order is completed on time and to quality; the documentation contains work plan, CNC program, set-up sheet and inspection record; decisions are justified professionally in the order-related discussion.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erläutert Funktion und Einsatzbedingungen der Baugruppe, zu der das Auftragsteil gehört, und leitet daraus Qualitätsanforderungen ab.',
        en: 'Explains the function and operating conditions of the assembly the ordered part belongs to and derives quality requirements from them.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PROGRAM_CNC_CONTROLLER, ESCO_MANUFACTURING_PROCESSES],
      text: {
        de: 'Analysiert den Kundenauftrag, plant Fertigungsablauf, Werkzeuge und Prüfungen und erstellt das CNC-Programm.',
        en: 'Analyses the customer order, plans the production sequence, tools and inspections and creates the CNC program.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE, ESCO_KEEP_RECORDS_OF_WORK_PROGRESS],
      text: {
        de: 'Richtet die Maschine ein, fertigt die Losgröße und dokumentiert Prüfergebnisse und Abweichungen lückenlos.',
        en: 'Sets up the machine, produces the batch and documents inspection results and deviations without gaps.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Leitet Auszubildende des ersten Ausbildungsjahres bei Routinearbeiten an und übergibt den Auftrag mit vollständiger Dokumentation an den Kunden.',
        en: 'Guides first-year apprentices in routine work and hands the order over to the customer with complete documentation.',
      },
    },
  ],
};
