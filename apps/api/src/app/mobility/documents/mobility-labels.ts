import type {
  AssessmentResult,
  MobilityStatus,
  MouStatus,
  SigningParty,
  TranscriptDecision,
} from '@curriculum-builder/curriculum';

/**
 * The words of the MoU, Learning Agreement and Personal Transcript documents in the five
 * languages of the consortia. The names of the documents follow the ECVET Recommendation
 * (2009/C 155/02) in each language; the Lithuanian, Latvian and Estonian wording awaits the
 * partners' review (docs/glossary of issue #19). Content stays in the language it was written in.
 */
export interface MobilityLabels {
  readonly mou: string;
  readonly agreement: string;
  readonly transcript: string;
  readonly qualification: string;
  readonly partners: string;
  readonly institution: string;
  readonly contact: string;
  readonly units: string;
  readonly code: string;
  readonly unit: string;
  readonly points: string;
  readonly validity: string;
  readonly assessmentArrangements: string;
  readonly acceptance: string;
  readonly notYet: string;
  readonly status: string;
  readonly learner: string;
  readonly learnerNumber: string;
  readonly dateOfBirth: string;
  readonly period: string;
  readonly placement: string;
  readonly company: string;
  readonly address: string;
  readonly mentor: string;
  readonly hours: string;
  readonly assessment: string;
  readonly recording: string;
  readonly signatures: string;
  readonly outcomes: string;
  readonly outcome: string;
  readonly result: string;
  readonly grade: string;
  readonly assessor: string;
  readonly date: string;
  readonly method: string;
  readonly place: string;
  readonly decision: string;
  readonly reason: string;
  readonly issued: string;
  readonly notIssued: string;
  readonly total: string;
  readonly history: string;
  readonly page: (n: number, of: number) => string;
  readonly parties: Record<SigningParty, string>;
  readonly results: Record<AssessmentResult, string>;
  readonly decisions: Record<TranscriptDecision, string>;
  readonly mouStatuses: Record<MouStatus, string>;
  readonly mobilityStatuses: Record<MobilityStatus, string>;
}

const en: MobilityLabels = {
  mou: 'Memorandum of Understanding',
  agreement: 'Learning Agreement',
  transcript: 'Personal Transcript',
  qualification: 'Qualification',
  partners: 'Partners',
  institution: 'Institution',
  contact: 'Contact person',
  units: 'Units of learning outcomes',
  code: 'Code',
  unit: 'Unit',
  points: 'ECVET points',
  validity: 'Valid',
  assessmentArrangements: 'Assessment, validation and recognition arrangements',
  acceptance: 'Accepted',
  notYet: 'not yet',
  status: 'Status',
  learner: 'Learner',
  learnerNumber: 'Learner number',
  dateOfBirth: 'Date of birth',
  period: 'Period of mobility',
  placement: 'Work-based learning placement',
  company: 'Company',
  address: 'Address',
  mentor: 'Mentor',
  hours: 'Hours',
  assessment: 'Assessment',
  recording: 'Recording and transfer of results',
  signatures: 'Signatures',
  outcomes: 'Learning outcomes',
  outcome: 'Learning outcome',
  result: 'Result',
  grade: 'Grade',
  assessor: 'Assessor',
  date: 'Date',
  method: 'Method',
  place: 'Achieved at',
  decision: 'Recognition at home',
  reason: 'Reason',
  issued: 'Issued',
  notIssued: 'Not issued yet: results may still change.',
  total: 'Total',
  history: 'Record of decisions',
  page: (n, of) => `Page ${n} of ${of}`,
  parties: { home: 'Home institution', host: 'Host institution', learner: 'Learner' },
  results: { passed: 'passed', failed: 'not passed' },
  decisions: { pending: 'pending', recognised: 'recognised', refused: 'refused' },
  mouStatuses: { draft: 'draft', proposed: 'proposed', accepted: 'accepted by every partner' },
  mobilityStatuses: {
    draft: 'draft',
    proposed: 'awaiting signatures',
    signed: 'signed',
    'transcript-issued': 'transcript issued',
    completed: 'recognised at home',
  },
};

const de: MobilityLabels = {
  mou: 'Absichtserklärung (MoU)',
  agreement: 'Lernvereinbarung',
  transcript: 'Persönlicher Leistungsnachweis',
  qualification: 'Qualifikation',
  partners: 'Partner',
  institution: 'Einrichtung',
  contact: 'Ansprechperson',
  units: 'Einheiten von Lernergebnissen',
  code: 'Kennung',
  unit: 'Einheit',
  points: 'ECVET-Punkte',
  validity: 'Gültig',
  assessmentArrangements: 'Vereinbarungen zu Bewertung, Validierung und Anerkennung',
  acceptance: 'Angenommen',
  notYet: 'noch nicht',
  status: 'Status',
  learner: 'Lernende Person',
  learnerNumber: 'Nummer der lernenden Person',
  dateOfBirth: 'Geburtsdatum',
  period: 'Zeitraum der Mobilität',
  placement: 'Betriebliche Phase',
  company: 'Unternehmen',
  address: 'Anschrift',
  mentor: 'Betreuungsperson',
  hours: 'Stunden',
  assessment: 'Bewertung',
  recording: 'Dokumentation und Übertragung der Ergebnisse',
  signatures: 'Unterschriften',
  outcomes: 'Lernergebnisse',
  outcome: 'Lernergebnis',
  result: 'Ergebnis',
  grade: 'Note',
  assessor: 'Prüferin oder Prüfer',
  date: 'Datum',
  method: 'Methode',
  place: 'Erreicht bei',
  decision: 'Anerkennung an der Heimateinrichtung',
  reason: 'Begründung',
  issued: 'Ausgestellt',
  notIssued: 'Noch nicht ausgestellt: Ergebnisse können sich noch ändern.',
  total: 'Summe',
  history: 'Verlauf der Entscheidungen',
  page: (n, of) => `Seite ${n} von ${of}`,
  parties: {
    home: 'Heimateinrichtung',
    host: 'Gasteinrichtung',
    learner: 'Lernende Person',
  },
  results: { passed: 'bestanden', failed: 'nicht bestanden' },
  decisions: { pending: 'offen', recognised: 'anerkannt', refused: 'abgelehnt' },
  mouStatuses: {
    draft: 'Entwurf',
    proposed: 'vorgeschlagen',
    accepted: 'von allen Partnern angenommen',
  },
  mobilityStatuses: {
    draft: 'Entwurf',
    proposed: 'wartet auf Unterschriften',
    signed: 'unterschrieben',
    'transcript-issued': 'Leistungsnachweis ausgestellt',
    completed: 'an der Heimateinrichtung anerkannt',
  },
};

const lt: MobilityLabels = {
  mou: 'Susitarimo memorandumas',
  agreement: 'Mokymosi sutartis',
  transcript: 'Asmeninė mokymosi pasiekimų ataskaita',
  qualification: 'Kvalifikacija',
  partners: 'Partneriai',
  institution: 'Institucija',
  contact: 'Kontaktinis asmuo',
  units: 'Mokymosi rezultatų vienetai',
  code: 'Kodas',
  unit: 'Modulis',
  points: 'ECVET taškai',
  validity: 'Galioja',
  assessmentArrangements: 'Vertinimo, patvirtinimo ir pripažinimo tvarka',
  acceptance: 'Pritarta',
  notYet: 'dar ne',
  status: 'Būsena',
  learner: 'Besimokantysis',
  learnerNumber: 'Besimokančiojo numeris',
  dateOfBirth: 'Gimimo data',
  period: 'Judumo laikotarpis',
  placement: 'Mokymasis darbo vietoje',
  company: 'Įmonė',
  address: 'Adresas',
  mentor: 'Praktikos vadovas',
  hours: 'Valandos',
  assessment: 'Vertinimas',
  recording: 'Rezultatų įrašymas ir perkėlimas',
  signatures: 'Parašai',
  outcomes: 'Mokymosi rezultatai',
  outcome: 'Mokymosi rezultatas',
  result: 'Rezultatas',
  grade: 'Įvertinimas',
  assessor: 'Vertintojas',
  date: 'Data',
  method: 'Metodas',
  place: 'Pasiekta',
  decision: 'Pripažinimas siunčiančiojoje institucijoje',
  reason: 'Priežastis',
  issued: 'Išduota',
  notIssued: 'Dar neišduota: rezultatai dar gali keistis.',
  total: 'Iš viso',
  history: 'Sprendimų eiga',
  page: (n, of) => `${n} psl. iš ${of}`,
  parties: {
    home: 'Siunčiančioji institucija',
    host: 'Priimančioji institucija',
    learner: 'Besimokantysis',
  },
  results: { passed: 'išlaikyta', failed: 'neišlaikyta' },
  decisions: { pending: 'laukiama', recognised: 'pripažinta', refused: 'nepripažinta' },
  mouStatuses: {
    draft: 'juodraštis',
    proposed: 'pasiūlyta',
    accepted: 'visi partneriai pritarė',
  },
  mobilityStatuses: {
    draft: 'juodraštis',
    proposed: 'laukiama parašų',
    signed: 'pasirašyta',
    'transcript-issued': 'ataskaita išduota',
    completed: 'pripažinta siunčiančiojoje institucijoje',
  },
};

const lv: MobilityLabels = {
  mou: 'Saprašanās memorands',
  agreement: 'Mācību līgums',
  transcript: 'Personīgā sekmju izziņa',
  qualification: 'Kvalifikācija',
  partners: 'Partneri',
  institution: 'Iestāde',
  contact: 'Kontaktpersona',
  units: 'Mācīšanās rezultātu vienības',
  code: 'Kods',
  unit: 'Vienība',
  points: 'ECVET punkti',
  validity: 'Derīgs',
  assessmentArrangements: 'Novērtēšanas, validēšanas un atzīšanas kārtība',
  acceptance: 'Pieņemts',
  notYet: 'vēl ne',
  status: 'Statuss',
  learner: 'Izglītojamais',
  learnerNumber: 'Izglītojamā numurs',
  dateOfBirth: 'Dzimšanas datums',
  period: 'Mobilitātes periods',
  placement: 'Darba vidē balstītas mācības',
  company: 'Uzņēmums',
  address: 'Adrese',
  mentor: 'Mentors',
  hours: 'Stundas',
  assessment: 'Novērtēšana',
  recording: 'Rezultātu reģistrēšana un pārnese',
  signatures: 'Paraksti',
  outcomes: 'Mācīšanās rezultāti',
  outcome: 'Mācīšanās rezultāts',
  result: 'Rezultāts',
  grade: 'Vērtējums',
  assessor: 'Vērtētājs',
  date: 'Datums',
  method: 'Metode',
  place: 'Sasniegts',
  decision: 'Atzīšana nosūtošajā iestādē',
  reason: 'Pamatojums',
  issued: 'Izsniegts',
  notIssued: 'Vēl nav izsniegts: rezultāti vēl var mainīties.',
  total: 'Kopā',
  history: 'Lēmumu vēsture',
  page: (n, of) => `${n}. lappuse no ${of}`,
  parties: {
    home: 'Nosūtošā iestāde',
    host: 'Uzņemošā iestāde',
    learner: 'Izglītojamais',
  },
  results: { passed: 'nokārtots', failed: 'nenokārtots' },
  decisions: { pending: 'gaida', recognised: 'atzīts', refused: 'nav atzīts' },
  mouStatuses: {
    draft: 'melnraksts',
    proposed: 'piedāvāts',
    accepted: 'visu partneru pieņemts',
  },
  mobilityStatuses: {
    draft: 'melnraksts',
    proposed: 'gaida parakstus',
    signed: 'parakstīts',
    'transcript-issued': 'sekmju izziņa izsniegta',
    completed: 'atzīts nosūtošajā iestādē',
  },
};

const et: MobilityLabels = {
  mou: 'Vastastikuse mõistmise memorandum',
  agreement: 'Õppeleping',
  transcript: 'Isiklik õpitulemuste väljavõte',
  qualification: 'Kvalifikatsioon',
  partners: 'Partnerid',
  institution: 'Asutus',
  contact: 'Kontaktisik',
  units: 'Õpiväljundite ühikud',
  code: 'Kood',
  unit: 'Ühik',
  points: 'ECVET-punktid',
  validity: 'Kehtib',
  assessmentArrangements: 'Hindamise, valideerimise ja tunnustamise kord',
  acceptance: 'Aktsepteeritud',
  notYet: 'veel mitte',
  status: 'Olek',
  learner: 'Õppija',
  learnerNumber: 'Õppija number',
  dateOfBirth: 'Sünniaeg',
  period: 'Õpirände periood',
  placement: 'Töökohapõhine õpe',
  company: 'Ettevõte',
  address: 'Aadress',
  mentor: 'Juhendaja',
  hours: 'Tunnid',
  assessment: 'Hindamine',
  recording: 'Tulemuste registreerimine ja ülekandmine',
  signatures: 'Allkirjad',
  outcomes: 'Õpiväljundid',
  outcome: 'Õpiväljund',
  result: 'Tulemus',
  grade: 'Hinne',
  assessor: 'Hindaja',
  date: 'Kuupäev',
  method: 'Meetod',
  place: 'Saavutatud',
  decision: 'Tunnustamine kodukoolis',
  reason: 'Põhjendus',
  issued: 'Väljastatud',
  notIssued: 'Veel väljastamata: tulemused võivad muutuda.',
  total: 'Kokku',
  history: 'Otsuste käik',
  page: (n, of) => `Lehekülg ${n}/${of}`,
  parties: { home: 'Kodukool', host: 'Vastuvõttev asutus', learner: 'Õppija' },
  results: { passed: 'arvestatud', failed: 'mittearvestatud' },
  decisions: { pending: 'ootel', recognised: 'tunnustatud', refused: 'ei tunnustatud' },
  mouStatuses: {
    draft: 'mustand',
    proposed: 'esitatud',
    accepted: 'kõigi partnerite poolt aktsepteeritud',
  },
  mobilityStatuses: {
    draft: 'mustand',
    proposed: 'ootab allkirju',
    signed: 'allkirjastatud',
    'transcript-issued': 'väljavõte väljastatud',
    completed: 'tunnustatud kodukoolis',
  },
};

export const MOBILITY_LABELS: Readonly<Record<string, MobilityLabels>> = { en, de, lt, lv, et };

/** The labels of `language` (one of the five; anything else is refused by the controller). */
export function mobilityLabelsFor(language: string): MobilityLabels {
  return MOBILITY_LABELS[language] ?? en;
}
