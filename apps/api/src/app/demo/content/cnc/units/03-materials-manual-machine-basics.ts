import {
  ESCO_ENSURE_EQUIPMENT_AVAILABILITY,
  ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
  ESCO_TEND_LATHE,
  ESCO_TYPES_OF_METAL,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-03',
  title: {
    de: 'Werkstoffe, manuelle und maschinelle Grundfertigkeiten',
    en: 'Materials, manual and machine-based basic skills',
  },
  description: {
    de: 'Unterscheiden, Zuordnen und Handhaben von Stählen, Gusseisen, Nichteisenmetallen und Kunststoffen; Anreißen, Feilen, Sägen, Bohren, Senken und Gewindeschneiden; Grundlagen des konventionellen Drehens und Fräsens.',
    en: 'Distinguishing, assigning and handling steels, cast iron, non-ferrous metals and plastics; marking out, filing, sawing, drilling, countersinking and thread cutting; basics of conventional turning and milling.',
  },
  eqfLevel: 3,
  ecvetPoints: 20,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 1,
  areas: [],
  escoSkills: [],
  prerequisiteCodes: [],
  assessment: {
    methods: ['work-sample', 'written-exam'],
    criteria: {
      de: 'Das Arbeitsprobe-Werkstück (Flachstahl mit Bohrungen, Gewinden und Drehzapfen) hält die Allgemeintoleranz ISO 2768-m und Passmaße IT9 ein; Schnittwerte und Werkstoffwahl sind begründet.',
      en: 'The work sample (flat steel with holes, threads and turned pin) meets general tolerance ISO 2768-m and fit dimensions IT9; cutting values and choice of material are justified.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_TYPES_OF_METAL],
      text: {
        de: 'Unterscheidet Werkstoffe nach Normbezeichnung, Festigkeit, Zerspanbarkeit und Wärmebehandlungszustand.',
        en: 'Distinguishes materials by standard designation, strength, machinability and heat treatment condition.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Reißt Werkstücke an, feilt, sägt, bohrt, senkt und schneidet Innen- und Außengewinde nach Zeichnung.',
        en: 'Marks out workpieces, files, saws, drills, countersinks and cuts internal and external threads according to the drawing.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_TEND_LATHE],
      text: {
        de: 'Dreht und fräst einfache Werkstücke an konventionellen Maschinen und wählt Schnittgeschwindigkeit, Vorschub und Zustellung aus Tabellen.',
        en: 'Turns and mills simple workpieces on conventional machines and selects cutting speed, feed and depth of cut from tables.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT],
      text: {
        de: 'Prüft Maße mit Messschieber, Bügelmessschraube und Grenzlehren und bewertet die Ergebnisse.',
        en: 'Checks dimensions with callipers, micrometers and limit gauges and evaluates the results.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_ENSURE_EQUIPMENT_AVAILABILITY],
      text: {
        de: 'Hält Arbeitsplatz, Werkzeuge und Messmittel in Ordnung und meldet beschädigte Werkzeuge unaufgefordert.',
        en: 'Keeps the workplace, tools and measuring equipment in order and reports damaged tools without being asked.',
      },
    },
  ],
};
