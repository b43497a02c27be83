import {
  ESCO_3D_PRINTING_PROCESS,
  ESCO_FOLLOW_PROCEDURES_TO_CONTROL_SUBSTANCES_HAZARDOUS_TO_HEALTH,
  ESCO_MANUFACTURING_PROCESSES,
  ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
  ESCO_USE_CAD_SOFTWARE,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-I40-3',
  title: {
    de: 'Zusatzqualifikation Additive Fertigungsverfahren',
    en: 'Add-on qualification: additive manufacturing',
  },
  description: {
    de: 'Aufbereiten von 3D-Daten, Auswählen additiver Verfahren wie Pulverbettschmelzen und Fused Layer Modeling, Herstellen, Nachbearbeiten und Prüfen additiv gefertigter Bauteile (8 Wochen).',
    en: 'Preparing 3D data, selecting additive processes such as powder bed fusion and fused layer modelling, producing, post-processing and inspecting additively manufactured components (8 weeks).',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: false,
  electiveGroup: null,
  addOn: true,
  year: 4,
  term: 1,
  areas: ['innovation-capacity', 'digital-production'],
  escoSkills: [ESCO_3D_PRINTING_PROCESS],
  prerequisiteCodes: ['ZM-09'],
  assessment: {
    methods: ['project', 'work-sample'],
    criteria: {
      de: 'Ein Vorrichtungsbauteil ist aus den 3D-Daten additiv gefertigt, spanend nachbearbeitet und maßlich geprüft; Stützstrukturen und Bauausrichtung sind begründet; Kosten und Zeit sind mit einer spanenden Fertigung verglichen.',
      en: 'A fixture component is additively manufactured from the 3D data, finish-machined and dimensionally inspected; support structures and build orientation are justified; cost and time are compared with machining.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_3D_PRINTING_PROCESS, ESCO_MANUFACTURING_PROCESSES],
      text: {
        de: 'Unterscheidet additive Verfahren, Werkstoffe und ihre Einsatzgrenzen und vergleicht sie mit spanenden Verfahren.',
        en: 'Distinguishes additive processes, materials and their limits of use and compares them with machining processes.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_USE_CAD_SOFTWARE, ESCO_3D_PRINTING_PROCESS],
      text: {
        de: 'Bereitet 3D-Modelle im STL- oder 3MF-Format auf, legt Bauausrichtung und Stützstrukturen fest und erzeugt den Baujob.',
        en: 'Prepares 3D models in STL or 3MF format, defines build orientation and support structures and generates the build job.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT],
      text: {
        de: 'Entfernt Stützstrukturen, bearbeitet Funktionsflächen spanend nach und prüft die Bauteile maßlich.',
        en: 'Removes support structures, finish-machines functional surfaces and inspects the components dimensionally.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_FOLLOW_PROCEDURES_TO_CONTROL_SUBSTANCES_HAZARDOUS_TO_HEALTH],
      text: {
        de: 'Hält Schutzmaßnahmen beim Umgang mit Metallpulvern ein und beurteilt eigenständig, wann additive Fertigung wirtschaftlich ist.',
        en: 'Follows protective measures when handling metal powders and judges independently when additive manufacturing is economical.',
      },
    },
  ],
};
