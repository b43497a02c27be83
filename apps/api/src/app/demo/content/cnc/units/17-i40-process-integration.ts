import { ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE, ESCO_USE_CAM_SOFTWARE } from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-I40-2',
  title: {
    de: 'Zusatzqualifikation Prozessintegration',
    en: 'Add-on qualification: process integration',
  },
  description: {
    de: 'Analysieren und Verbessern digitaler Prozessketten von CAD über CAM bis zur CNC-Maschine und zum Fertigungsleitsystem; Auswerten von Prozessdaten und Umsetzen von Verbesserungen (8 Wochen).',
    en: 'Analysing and improving digital process chains from CAD through CAM to the CNC machine and the manufacturing execution system; evaluating process data and implementing improvements (8 weeks).',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: false,
  electiveGroup: null,
  addOn: true,
  year: 4,
  term: null,
  areas: ['digital-production', 'innovation-capacity', 'workplace-innovation'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-12'],
  assessment: {
    methods: ['project', 'portfolio'],
    criteria: {
      de: 'Die Ist-Analyse der Prozesskette ist vollständig dargestellt; Medienbrüche und Schwachstellen sind benannt; die umgesetzte Verbesserung ist mit Kennzahlen wie Durchlaufzeit oder Rüstzeit belegt.',
      en: 'The as-is analysis of the process chain is fully presented; media breaks and weak points are identified; the implemented improvement is backed by key figures such as lead time or set-up time.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Beschreibt digitale Prozessketten von CAD, CAM und Postprozessor bis zur Rückmeldung an das Fertigungsleitsystem.',
        en: 'Describes digital process chains from CAD, CAM and post-processor to feedback to the manufacturing execution system.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Analysiert Prozessdaten wie Maschinenzustände, Stillstandsgründe und Durchlaufzeiten und stellt sie übersichtlich dar.',
        en: 'Analyses process data such as machine states, downtime reasons and lead times and presents them clearly.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_USE_CAM_SOFTWARE, ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE],
      text: {
        de: 'Erzeugt NC-Programme mit einem CAM-System, simuliert sie und überträgt sie über die digitale Prozesskette an die Maschine.',
        en: 'Generates NC programs with a CAM system, simulates them and transfers them to the machine via the digital process chain.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Erarbeitet im Team Verbesserungen an Prozessschnittstellen, setzt sie um und bewertet die Wirkung.',
        en: 'Develops improvements at process interfaces in the team, implements them and evaluates their effect.',
      },
    },
  ],
};
