import { ESCO_CONSULT_TECHNICAL_RESOURCES, ESCO_MANUFACTURING_PROCESSES } from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-09',
  title: {
    de: 'Planen des Fertigungsprozesses',
    en: 'Planning the production process',
  },
  description: {
    de: 'Festlegen von Fertigungsverfahren, Arbeitsfolgen, Spannlagen, Werkzeugen und Schnittdaten für Dreh- und Frästeile; Berechnen von Fertigungszeiten und Vergleichen von Fertigungsvarianten.',
    en: 'Defining manufacturing processes, operation sequences, clamping positions, tools and cutting data for turned and milled parts; calculating production times and comparing production variants.',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 2,
  areas: ['digital-production', 'innovation-capacity'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-06'],
  assessment: {
    methods: ['project', 'written-exam'],
    criteria: {
      de: 'Der Fertigungsplan für ein Frästeil enthält Spannlagen, Werkzeugliste und berechnete Schnittdaten; die Hauptzeit ist korrekt berechnet; die gewählte Variante ist technisch und wirtschaftlich begründet.',
      en: 'The production plan for a milled part contains clamping positions, a tool list and calculated cutting data; the machining time is calculated correctly; the chosen variant is justified technically and economically.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Einflussgrößen auf Schnittdaten wie Schneidstoff, Werkstoff, Kühlung und geforderte Oberflächengüte.',
        en: 'Explains factors influencing cutting data such as cutting material, workpiece material, cooling and required surface quality.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_MANUFACTURING_PROCESSES, ESCO_CONSULT_TECHNICAL_RESOURCES],
      text: {
        de: 'Legt Arbeitsfolge und Spannlagen für Dreh- und Frästeile fest und wählt Werkzeuge aus Herstellerkatalogen.',
        en: 'Defines the operation sequence and clamping positions for turned and milled parts and selects tools from manufacturer catalogues.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Berechnet Drehzahl, Vorschubgeschwindigkeit und Hauptzeit und trägt sie in den Fertigungsplan ein.',
        en: 'Calculates spindle speed, feed rate and machining time and enters them in the production plan.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Vergleicht Fertigungsvarianten nach Kosten, Zeit und Qualität und schlägt der Arbeitsvorbereitung eine begründete Lösung vor.',
        en: 'Compares production variants by cost, time and quality and proposes a justified solution to production planning.',
      },
    },
  ],
};
