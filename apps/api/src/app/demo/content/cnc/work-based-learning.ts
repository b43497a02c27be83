import type { DemoWorkBasedLearning } from '../types';

const MENTOR_AEVO = {
  de: 'Ausbilder/in nach AEVO, Industriemeister/in Metall',
  en: 'Trainer certified under AEVO (German Trainer Aptitude Ordinance), master craftsperson in metal industry',
};

export const workBasedLearning: DemoWorkBasedLearning[] = [
  {
    title: {
      de: 'Betriebliche Grundausbildung in der Lohnfertigung',
      en: 'Basic in-company training in contract machining',
    },
    year: 1,
    term: 2,
    durationHours: 480,
    companyProfile: {
      de: 'Lohnfertiger (KMU, 45 Beschäftigte) mit CNC-Dreh- und Fräszentren, Einzel- und Kleinserienfertigung für den Maschinenbau',
      en: 'SME contract machining shop (45 employees) with CNC turning and milling centres, one-off and small-batch production for mechanical engineering',
    },
    mentorRole: MENTOR_AEVO,
    unitCodes: ['ZM-01', 'ZM-03', 'ZM-04'],
    outcomeRefs: [
      { unitCode: 'ZM-01', index: 4 },
      { unitCode: 'ZM-03', index: 2 },
      { unitCode: 'ZM-03', index: 3 },
      { unitCode: 'ZM-04', index: 1 },
      { unitCode: 'ZM-04', index: 2 },
    ],
    assessment: {
      de: 'Beobachtung am Arbeitsplatz durch den Ausbilder, Bewertung von zwei Arbeitsproben und Eintrag in den Ausbildungsnachweis.',
      en: 'Observation at the workplace by the trainer, assessment of two work samples and entry in the training record book.',
    },
  },
  {
    title: {
      de: 'Serienfertigung und Instandhaltung beim Automobilzulieferer',
      en: 'Series production and maintenance at an automotive supplier',
    },
    year: 2,
    term: 2,
    durationHours: 640,
    companyProfile: {
      de: 'Automobilzulieferer mit Serienfertigung von Präzisionsdrehteilen auf Mehrspindel-Drehautomaten und CNC-Drehzentren, zertifiziert nach IATF 16949',
      en: 'Automotive supplier with series production of precision turned parts on multi-spindle automatic lathes and CNC turning centres, certified to IATF 16949',
    },
    mentorRole: {
      de: 'Ausbilder/in nach AEVO, Schichtführer/in Dreherei',
      en: 'Trainer certified under AEVO, shift supervisor in the turning shop',
    },
    unitCodes: ['ZM-06', 'ZM-07', 'ZM-10'],
    outcomeRefs: [
      { unitCode: 'ZM-06', index: 2 },
      { unitCode: 'ZM-07', index: 1 },
      { unitCode: 'ZM-07', index: 2 },
      { unitCode: 'ZM-10', index: 3 },
      { unitCode: 'ZM-10', index: 4 },
    ],
    assessment: {
      de: 'Wartungsprotokolle und geänderte CNC-Programme im Portfolio; Fachgespräch mit dem Ausbilder am Ende des Einsatzes.',
      en: 'Maintenance records and changed CNC programs in the portfolio; professional discussion with the trainer at the end of the placement.',
    },
  },
  {
    title: {
      de: 'Einrichten und Fertigen im Werkzeug- und Formenbau',
      en: 'Setting up and production in tool and mould making',
    },
    year: 3,
    term: null,
    durationHours: 800,
    companyProfile: {
      de: 'Werkzeug- und Formenbau für Spritzgießwerkzeuge mit 5-Achs-Bearbeitungszentren, Flach- und Rundschleifmaschinen und Koordinatenmessgerät',
      en: 'Tool and mould making for injection moulds with 5-axis machining centres, surface and cylindrical grinding machines and a coordinate measuring machine',
    },
    mentorRole: {
      de: 'Ausbilder/in nach AEVO, Werkzeugmachermeister/in',
      en: 'Trainer certified under AEVO, master toolmaker',
    },
    unitCodes: ['ZM-11', 'ZM-12', 'ZM-13'],
    outcomeRefs: [
      { unitCode: 'ZM-11', index: 2 },
      { unitCode: 'ZM-11', index: 3 },
      { unitCode: 'ZM-11', index: 5 },
      { unitCode: 'ZM-12', index: 2 },
      { unitCode: 'ZM-12', index: 3 },
      { unitCode: 'ZM-13', index: 3 },
    ],
    assessment: {
      de: 'Arbeitsprobe: Rüsten und Fertigen eines Formeinsatzes mit Erstteilprüfung; Bewertung durch Ausbilder und Qualitätssicherung anhand des Prüfprotokolls.',
      en: 'Work sample: setting up and producing a mould insert with first-article inspection; assessed by the trainer and quality assurance on the basis of the inspection record.',
    },
  },
  {
    title: {
      de: 'Prozessüberwachung und Industrie 4.0 in der Smart Factory',
      en: 'Process monitoring and Industry 4.0 in the smart factory',
    },
    year: 4,
    term: 1,
    durationHours: 640,
    companyProfile: {
      de: 'Smart Factory eines Werkzeugmaschinenherstellers mit vernetzten Bearbeitungszentren, Fertigungsleitsystem (MES), fahrerlosen Transportsystemen und Metall-3D-Druck',
      en: 'Smart factory of a machine tool builder with networked machining centres, manufacturing execution system (MES), automated guided vehicles and metal 3D printing',
    },
    mentorRole: {
      de: 'Ausbilder/in nach AEVO, Industriemeister/in Metall mit Zusatzqualifikation Industrie 4.0',
      en: 'Trainer certified under AEVO, master craftsperson in metal industry with Industry 4.0 add-on qualification',
    },
    unitCodes: ['ZM-14', 'ZM-I40-1', 'ZM-I40-2'],
    outcomeRefs: [
      { unitCode: 'ZM-14', index: 1 },
      { unitCode: 'ZM-14', index: 2 },
      { unitCode: 'ZM-14', index: 3 },
      { unitCode: 'ZM-I40-1', index: 1 },
      { unitCode: 'ZM-I40-2', index: 1 },
    ],
    assessment: {
      de: 'Projektbericht zur Auswertung von Maschinendaten mit Verbesserungsvorschlag; Präsentation vor Ausbilder und Produktionsleitung.',
      en: 'Project report on the evaluation of machine data with an improvement proposal; presentation to the trainer and production management.',
    },
  },
  {
    title: {
      de: 'Betrieblicher Auftrag zur Abschlussprüfung',
      en: 'Company order for the final examination',
    },
    year: 4,
    term: 2,
    durationHours: 560,
    companyProfile: {
      de: 'Ausbildungsbetrieb (Lohnfertiger mit CNC-Dreh- und Fräszentren), realer Kundenauftrag',
      en: 'Training company (contract machining shop with CNC turning and milling centres), real customer order',
    },
    mentorRole: MENTOR_AEVO,
    unitCodes: ['ZM-15', 'ZM-12'],
    outcomeRefs: [
      { unitCode: 'ZM-15', index: 1 },
      { unitCode: 'ZM-15', index: 2 },
      { unitCode: 'ZM-15', index: 3 },
      { unitCode: 'ZM-12', index: 1 },
    ],
    assessment: {
      de: 'Dokumentation des betrieblichen Auftrags und auftragsbezogenes Fachgespräch vor dem Prüfungsausschuss der IHK (Teil 2 der Abschlussprüfung).',
      en: 'Documentation of the company order and order-related professional discussion before the examination board of the chamber (part 2 of the final examination).',
    },
  },
];
