import {
  ESCO_CONSULT_TECHNICAL_RESOURCES,
  ESCO_INTERPRET_GEOMETRIC_DIMENSIONS_AND_TOLERANCES,
  ESCO_LIAISE_WITH_MANAGERS,
  ESCO_READ_STANDARD_BLUEPRINTS,
  ESCO_TECHNICAL_DRAWINGS,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-02',
  title: {
    de: 'Betriebliche und technische Kommunikation, technische Zeichnungen',
    en: 'Operational and technical communication, technical drawings',
  },
  description: {
    de: 'Lesen und Anwenden von Einzelteil- und Gruppenzeichnungen, Stücklisten und Normen; Anfertigen von Skizzen; Kommunikation mit Vorgesetzten, Kollegen und anderen Abteilungen, auch mit englischsprachigen Unterlagen.',
    en: 'Reading and applying part and assembly drawings, parts lists and standards; making sketches; communicating with supervisors, colleagues and other departments, including documents in English.',
  },
  eqfLevel: 3,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 1,
  areas: ['leadership-communication'],
  escoSkills: [],
  prerequisiteCodes: [],
  assessment: {
    methods: ['written-exam', 'practical-task'],
    criteria: {
      de: 'Entnimmt einer Fertigungszeichnung alle Maße, Toleranzen, Passungen und Oberflächenangaben fehlerfrei; fertigt eine maßstäbliche Skizze eines Drehteils mit vollständiger Bemaßung an.',
      en: 'Takes all dimensions, tolerances, fits and surface specifications from a production drawing without errors; produces a scaled sketch of a turned part with complete dimensioning.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_TECHNICAL_DRAWINGS],
      text: {
        de: 'Erklärt Projektionsarten, Schnittdarstellungen, Maß-, Form- und Lagetoleranzen sowie ISO-Passungen in technischen Zeichnungen.',
        en: 'Explains projection methods, sectional views, dimensional, form and position tolerances and ISO fits in technical drawings.',
      },
    },
    {
      category: 'skill',
      escoSkills: [
        ESCO_READ_STANDARD_BLUEPRINTS,
        ESCO_INTERPRET_GEOMETRIC_DIMENSIONS_AND_TOLERANCES,
      ],
      text: {
        de: 'Liest Einzelteil- und Gruppenzeichnungen sowie Stücklisten und entnimmt ihnen Werkstoff, Rohmaße, Toleranzen und Oberflächenrauheit.',
        en: 'Reads part and assembly drawings and parts lists and takes the material, blank dimensions, tolerances and surface roughness from them.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_CONSULT_TECHNICAL_RESOURCES],
      text: {
        de: 'Fertigt Handskizzen von Dreh- und Frästeilen normgerecht an und nutzt Tabellenbücher, Normen und Herstellerunterlagen.',
        en: 'Makes freehand sketches of turned and milled parts according to standards and uses reference tables, standards and manufacturer documents.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_CONSULT_TECHNICAL_RESOURCES],
      text: {
        de: 'Wendet englische Fachbegriffe in Bedienungsanleitungen und Datenblättern von Werkzeugen und Maschinen an.',
        en: 'Applies English technical terms in operating manuals and data sheets of tools and machines.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_LIAISE_WITH_MANAGERS],
      text: {
        de: 'Klärt Unstimmigkeiten in Zeichnungen und Arbeitsaufträgen selbstständig mit Vorgesetzten und der Arbeitsvorbereitung und dokumentiert das Ergebnis.',
        en: 'Resolves inconsistencies in drawings and work orders independently with supervisors and production planning and documents the result.',
      },
    },
  ],
};
