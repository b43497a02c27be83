import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-06',
  title: {
    en: 'Quality and condition monitoring',
    de: 'Qualitäts- und Zustandsüberwachung',
  },
  description: {
    en: 'In-line and manual quality checks, simple control charts, condition data of drives and spindles, preventive maintenance according to plan and reaction plans when limits are exceeded.',
    de: 'Inline- und manuelle Qualitätsprüfungen, einfache Regelkarten, Zustandsdaten von Antrieben und Spindeln, vorbeugende Wartung nach Plan und Reaktionspläne bei Grenzwertüberschreitungen.',
  },
  eqfLevel: 3,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 2,
  areas: ['digital-production', 'organisational-learning'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/1a3660c2-011c-4e96-9b1d-529afc305428',
      label: { en: 'inspect quality of products' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/8a4e99e0-f259-4931-888f-604cfdc15b31',
      label: { en: 'perform machine maintenance' },
    },
  ],
  prerequisiteCodes: ['SFO-05'],
  assessment: {
    methods: ['practical-task', 'portfolio'],
    criteria: {
      en: 'The measurement results of a 50-part sample are recorded completely; a trend in the control chart is recognised and the reaction plan is applied; maintenance tasks are documented in the maintenance system.',
      de: 'Die Messergebnisse einer Stichprobe von 50 Teilen sind vollständig erfasst; ein Trend in der Regelkarte wird erkannt und der Reaktionsplan angewendet; Wartungsarbeiten sind im Instandhaltungssystem dokumentiert.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Explains inspection characteristics, measuring equipment, simple control charts and condition indicators such as vibration, temperature and cycle time.',
        de: 'Erklärt Prüfmerkmale, Prüfmittel, einfache Regelkarten und Zustandsgrößen wie Schwingung, Temperatur und Taktzeit.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Carries out in-line and manual quality checks with callipers, gauges and camera systems and enters the results in the CAQ system.',
        de: 'Führt Inline- und manuelle Qualitätsprüfungen mit Messschieber, Lehren und Kamerasystemen durch und trägt die Ergebnisse in das CAQ-System ein.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Monitors condition data of drives and spindles on the dashboard and carries out preventive maintenance tasks according to plan.',
        de: 'Überwacht Zustandsdaten von Antrieben und Spindeln am Dashboard und führt vorbeugende Wartungsarbeiten nach Plan aus.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Blocks defective parts, starts the defined reaction plan when limits are exceeded and informs quality assurance.',
        de: 'Sperrt fehlerhafte Teile, startet bei Grenzwertüberschreitungen den festgelegten Reaktionsplan und informiert die Qualitätssicherung.',
      },
    },
  ],
};
