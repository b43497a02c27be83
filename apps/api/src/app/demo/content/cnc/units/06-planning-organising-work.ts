import { ESCO_ENSURE_EQUIPMENT_AVAILABILITY, ESCO_WORK_ERGONOMICALLY } from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-06',
  title: {
    de: 'Planen und Organisieren der Arbeit, Bewerten der Arbeitsergebnisse',
    en: 'Planning and organising work, evaluating results',
  },
  description: {
    de: 'Arbeitsschritte nach Auftrag und Termin planen, Arbeitsplatz einrichten, Material und Werkzeuge bereitstellen, Arbeitsergebnisse kontrollieren, bewerten und im Team reflektieren.',
    en: 'Planning work steps by order and deadline, setting up the workplace, providing material and tools, checking, evaluating and reflecting on work results in the team.',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 1,
  areas: ['organisational-learning', 'leadership-communication'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-04'],
  assessment: {
    methods: ['project', 'oral-exam'],
    criteria: {
      de: 'Der Arbeitsplan enthält Arbeitsschritte, Werkzeuge, Prüfmittel und Zeitbedarf; die Abweichung zwischen Plan- und Istzeit ist begründet; im Fachgespräch werden Verbesserungen nachvollziehbar abgeleitet.',
      en: 'The work plan contains work steps, tools, inspection equipment and time required; the deviation between planned and actual time is justified; improvements are derived comprehensibly in the professional discussion.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Auftragsunterlagen, Terminplanung und die Bedeutung von Rüst- und Hauptzeiten.',
        en: 'Explains order documents, scheduling and the significance of set-up and machining times.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Erstellt Arbeitspläne mit Arbeitsfolge, Werkzeugen, Prüfmitteln und Zeitbedarf für Einzelteile.',
        en: 'Draws up work plans with operation sequence, tools, inspection equipment and time required for individual parts.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_ENSURE_EQUIPMENT_AVAILABILITY, ESCO_WORK_ERGONOMICALLY],
      text: {
        de: 'Stellt Material, Werkzeuge und Spannmittel termingerecht bereit und richtet den Arbeitsplatz ergonomisch ein.',
        en: 'Provides material, tools and clamping devices on time and arranges the workplace ergonomically.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Bewertet eigene Arbeitsergebnisse anhand von Soll-Ist-Vergleichen und leitet Verbesserungen für Folgeaufträge ab.',
        en: 'Evaluates their own work results by target/actual comparisons and derives improvements for subsequent orders.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Stimmt Aufgaben im Team ab und übernimmt Teilaufträge eigenverantwortlich.',
        en: 'Coordinates tasks within the team and takes on sub-orders on their own responsibility.',
      },
    },
  ],
};
