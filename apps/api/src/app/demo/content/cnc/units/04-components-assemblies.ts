import {
  ESCO_APPLY_PRECISION_METALWORKING_TECHNIQUES,
  ESCO_ASSEMBLE_METAL_PARTS,
  ESCO_PERFORM_PRODUCT_TESTING,
  ESCO_READ_STANDARD_BLUEPRINTS,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-04',
  title: {
    de: 'Herstellen von Bauteilen und Baugruppen',
    en: 'Producing components and assemblies',
  },
  description: {
    de: 'Fertigen von Einzelteilen durch Drehen, Fräsen und Bohren, Fügen zu Baugruppen mit Schraub-, Stift- und Passfederverbindungen, Prüfen der Funktion und Dokumentieren der Montage.',
    en: 'Manufacturing individual parts by turning, milling and drilling, joining them into assemblies with screw, pin and feather key connections, testing the function and documenting the assembly.',
  },
  eqfLevel: 3,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 2,
  areas: [],
  escoSkills: [],
  prerequisiteCodes: ['ZM-02', 'ZM-03'],
  assessment: {
    methods: ['project', 'practical-task'],
    criteria: {
      de: 'Die Baugruppe (Vorrichtung aus vier Einzelteilen) ist maßhaltig gefertigt, leichtgängig montiert und funktionsfähig; Anzugsmomente sind mit dem Drehmomentschlüssel eingehalten; das Montageprotokoll ist vollständig.',
      en: 'The assembly (fixture of four parts) is made to size, assembled smoothly and works; tightening torques are kept with the torque wrench; the assembly record is complete.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Beschreibt lösbare und unlösbare Verbindungen, Passungssysteme und Sicherungselemente und ordnet sie Funktionen zu.',
        en: 'Describes detachable and permanent connections, fit systems and locking elements and assigns them to functions.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_APPLY_PRECISION_METALWORKING_TECHNIQUES, ESCO_READ_STANDARD_BLUEPRINTS],
      text: {
        de: 'Fertigt Einzelteile mit Passungen und Gewinden nach Zeichnung und Arbeitsplan an.',
        en: 'Manufactures individual parts with fits and threads according to the drawing and the work plan.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_ASSEMBLE_METAL_PARTS],
      text: {
        de: 'Montiert Baugruppen nach Montageplan, zieht Schrauben mit dem Drehmomentschlüssel an und sichert Verbindungen.',
        en: 'Assembles units according to the assembly plan, tightens screws with a torque wrench and secures connections.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_PRODUCT_TESTING],
      text: {
        de: 'Prüft die Funktion der Baugruppe und stellt Lagerspiel und Leichtgängigkeit ein.',
        en: 'Tests the function of the assembly and adjusts bearing clearance and smooth running.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Plant die Reihenfolge von Fertigung und Montage im Team und übernimmt die Verantwortung für die Qualität der eigenen Teile.',
        en: 'Plans the sequence of manufacturing and assembly in the team and takes responsibility for the quality of their own parts.',
      },
    },
  ],
};
