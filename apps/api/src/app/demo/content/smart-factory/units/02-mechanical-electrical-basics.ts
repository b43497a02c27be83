import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-02',
  title: {
    en: 'Mechanical and electrical basics of production systems',
    de: 'Mechanische und elektrische Grundlagen von Produktionsanlagen',
  },
  description: {
    en: 'Drives, gears, bearings and conveyors, pneumatic components, basic electrical quantities and circuits with protective extra-low voltage, reading drawings and circuit diagrams.',
    de: 'Antriebe, Getriebe, Lager und Fördertechnik, pneumatische Bauteile, elektrische Grundgrößen und Stromkreise mit Schutzkleinspannung, Lesen von Zeichnungen und Schaltplänen.',
  },
  eqfLevel: 2,
  ecvetPoints: 20,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 1,
  areas: [],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669',
      label: { en: 'mechanics' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/f4a6e9f7-5cff-46c0-894c-59c20bb78694',
      label: { en: 'automation technology' },
    },
  ],
  prerequisiteCodes: [],
  assessment: {
    methods: ['practical-task', 'written-exam'],
    criteria: {
      en: 'The conveyor module is assembled according to the drawing and runs smoothly; all components of a given pneumatic circuit diagram are identified; values on a 24 V circuit are measured correctly and documented.',
      de: 'Das Fördermodul ist nach Zeichnung montiert und läuft leichtgängig; alle Bauteile eines vorgegebenen Pneumatikschaltplans werden benannt; Messwerte an einem 24-V-Stromkreis werden richtig gemessen und dokumentiert.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Explains mechanical elements of production systems (drives, gears, bearings, conveyors) and the basic electrical quantities voltage, current and resistance.',
        de: 'Erklärt mechanische Elemente von Produktionsanlagen (Antriebe, Getriebe, Lager, Förderer) und die elektrischen Grundgrößen Spannung, Strom und Widerstand.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Reads simple mechanical drawings and pneumatic and electrical circuit diagrams and identifies the components in the plant.',
        de: 'Liest einfache mechanische Zeichnungen sowie Pneumatik- und Elektroschaltpläne und findet die Bauteile in der Anlage.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Assembles and adjusts conveyor modules, pneumatic cylinders and sensor holders according to instructions and checks screw connections.',
        de: 'Montiert und justiert Fördermodule, Pneumatikzylinder und Sensorhalter nach Anleitung und prüft Schraubverbindungen.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Measures voltage, current and continuity with a multimeter on protective extra-low voltage circuits.',
        de: 'Misst Spannung, Strom und Durchgang mit dem Multimeter an Stromkreisen mit Schutzkleinspannung.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Works on electrical equipment only as an electrotechnically instructed person and within the tasks released to them.',
        de: 'Arbeitet an elektrischen Betriebsmitteln nur als elektrotechnisch unterwiesene Person und im Rahmen der freigegebenen Tätigkeiten.',
      },
    },
  ],
};
