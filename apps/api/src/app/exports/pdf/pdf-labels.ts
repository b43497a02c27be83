import type {
  AssessmentMethod,
  CurriculumStatus,
  Industry40Area,
  OutcomeCategory,
} from '@curriculum-builder/curriculum';

/**
 * The words of the exported documents themselves (not the curriculum's content), per language.
 * English and German are complete and reviewed; Lithuanian, Latvian and Estonian follow the terms of
 * the EQF/ECVET translations of those countries. Any other language gets the English labels.
 */
export interface PdfLabels {
  readonly curriculum: string;
  readonly pathway: string;
  readonly contents: string;
  readonly overview: string;
  readonly description: string;
  readonly unitsOverview: string;
  readonly ecvetPoints: string;
  readonly pointsByYear: string;
  readonly pointsByArea: string;
  readonly pointsByAreaNote: string;
  readonly expected: string;
  readonly wblPlan: string;
  readonly units: string;
  readonly institution: string;
  readonly qualificationCode: string;
  readonly eqfLevel: string;
  readonly nqfLevel: string;
  readonly iscedF: string;
  readonly occupation: string;
  readonly totalPoints: string;
  readonly duration: string;
  readonly version: string;
  readonly status: string;
  readonly date: string;
  readonly languages: string;
  readonly code: string;
  readonly title: string;
  readonly yearTerm: string;
  readonly type: string;
  readonly mandatory: string;
  readonly elective: string;
  readonly hours: string;
  readonly period: string;
  readonly unitsCovered: string;
  readonly assessment: string;
  readonly companyProfile: string;
  readonly mentor: string;
  readonly learningOutcomes: string;
  readonly methods: string;
  readonly criteria: string;
  readonly prerequisites: string;
  readonly escoSkills: string;
  readonly none: string;
  readonly notSet: string;
  readonly workingCopy: string;
  readonly noWbl: string;
  readonly noPlacementThisYear: string;
  readonly placements: string;
  readonly pointsAccumulated: string;
  readonly pathwayIntro: string;
  readonly categories: Readonly<Record<OutcomeCategory, string>>;
  readonly methodNames: Readonly<Record<AssessmentMethod, string>>;
  readonly areas: Readonly<Record<Industry40Area, string>>;
  readonly statuses: Readonly<Record<CurriculumStatus, string>>;
  year(n: number): string;
  term(n: number): string;
  readonly wholeYear: string;
  months(n: string): string;
  years(n: string): string;
  readonly fullTime: string;
  readonly partTime: string;
  pageOf(page: number, count: number): string;
  fallbackNote(language: string, primary: string, code: string): string;
  createdOn(date: string): string;
  wblShare(hours: string, share: string, total: string): string;
  electiveGroup(code: string, title: string, points: string): string;
  yearPoints(points: string): string;
  accumulated(points: string, total: string): string;
  thisLanguage(language: string): string;
}

const en: PdfLabels = {
  curriculum: 'Curriculum',
  pathway: 'Learner pathway',
  contents: 'Contents',
  overview: 'Overview',
  description: 'Description',
  unitsOverview: 'Units at a glance',
  ecvetPoints: 'ECVET points',
  pointsByYear: 'ECVET points by year',
  pointsByArea: 'ECVET points by Industry 4.0 area',
  pointsByAreaNote: 'A unit counts with its full points for each area it is tagged with.',
  expected: 'expected',
  wblPlan: 'Work-based learning plan',
  units: 'Units of learning outcomes',
  institution: 'Institution',
  qualificationCode: 'Qualification code',
  eqfLevel: 'EQF level',
  nqfLevel: 'NQF level',
  iscedF: 'ISCED-F field',
  occupation: 'ESCO occupation',
  totalPoints: 'Total ECVET points',
  duration: 'Duration',
  version: 'Version',
  status: 'Status',
  date: 'Date',
  languages: 'Languages',
  code: 'Code',
  title: 'Title',
  yearTerm: 'Year / term',
  type: 'Type',
  mandatory: 'mandatory',
  elective: 'elective',
  hours: 'Hours',
  period: 'Period',
  unitsCovered: 'Units covered',
  assessment: 'Assessment',
  companyProfile: 'Company',
  mentor: 'Mentor',
  learningOutcomes: 'Learning outcomes',
  methods: 'Methods',
  criteria: 'Criteria',
  prerequisites: 'Prerequisites',
  escoSkills: 'ESCO skills',
  none: 'none',
  notSet: '—',
  workingCopy: 'working copy',
  noWbl: 'No work-based learning periods are planned.',
  noPlacementThisYear: 'No company placement in this year.',
  placements: 'Work-based learning in companies',
  pointsAccumulated: 'ECVET points accumulated',
  pathwayIntro:
    'Your way through the programme, year by year: the units you complete, your placements in companies and the ECVET points you accumulate.',
  categories: {
    knowledge: 'Knowledge',
    skill: 'Skills',
    'responsibility-autonomy': 'Responsibility and autonomy',
  },
  methodNames: {
    'practical-task': 'practical task',
    'work-sample': 'work sample',
    'written-exam': 'written exam',
    'oral-exam': 'oral exam',
    project: 'project',
    portfolio: 'portfolio',
    'observation-at-work': 'observation at work',
  },
  areas: {
    'innovation-capacity': 'Innovation capacity',
    'digital-production': 'Digital production',
    'digital-work': 'Digital work',
    'organisational-learning': 'Organisational learning',
    'leadership-communication': 'Leadership and communication',
    'workplace-innovation': 'Workplace innovation',
  },
  statuses: {
    draft: 'Draft',
    'in-review': 'In review',
    'changes-requested': 'Changes requested',
    approved: 'Approved',
    published: 'Published',
    archived: 'Archived',
  },
  year: (n) => `Year ${n}`,
  term: (n) => `term ${n}`,
  wholeYear: 'whole year',
  months: (n) => `${n} months`,
  years: (n) => `${n} years`,
  fullTime: 'full-time',
  partTime: 'part-time',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  fallbackNote: (language, primary, code) =>
    `Texts not yet available in ${language} are shown in ${primary} and marked [${code}].`,
  createdOn: (date) => `Created with Curriculum builder on ${date}`,
  wblShare: (hours, share, total) =>
    `${hours} hours of work-based learning: ${share} of ${total} programme hours.`,
  electiveGroup: (code, title, points) =>
    `Elective group ${code} (${title}): choose units worth ${points} ECVET points.`,
  yearPoints: (points) => `${points} ECVET points in this year`,
  accumulated: (points, total) => `${points} of ${total} ECVET points accumulated`,
  thisLanguage: (language) => `this document: ${language}`,
};

const de: PdfLabels = {
  curriculum: 'Curriculum',
  pathway: 'Lernpfad',
  contents: 'Inhalt',
  overview: 'Überblick',
  description: 'Beschreibung',
  unitsOverview: 'Einheiten im Überblick',
  ecvetPoints: 'ECVET-Punkte',
  pointsByYear: 'ECVET-Punkte nach Ausbildungsjahr',
  pointsByArea: 'ECVET-Punkte nach Industrie-4.0-Bereich',
  pointsByAreaNote:
    'Eine Einheit zählt mit ihren vollen Punkten für jeden Bereich, dem sie zugeordnet ist.',
  expected: 'erwartet',
  wblPlan: 'Plan der betrieblichen Lernphasen',
  units: 'Einheiten von Lernergebnissen',
  institution: 'Einrichtung',
  qualificationCode: 'Qualifikationskennung',
  eqfLevel: 'EQR-Niveau',
  nqfLevel: 'NQR-Niveau',
  iscedF: 'ISCED-F-Fachgebiet',
  occupation: 'ESCO-Beruf',
  totalPoints: 'ECVET-Punkte gesamt',
  duration: 'Dauer',
  version: 'Version',
  status: 'Status',
  date: 'Datum',
  languages: 'Sprachen',
  code: 'Kennung',
  title: 'Titel',
  yearTerm: 'Jahr / Abschnitt',
  type: 'Art',
  mandatory: 'Pflicht',
  elective: 'Wahlpflicht',
  hours: 'Stunden',
  period: 'Lernphase',
  unitsCovered: 'Einheiten',
  assessment: 'Bewertung',
  companyProfile: 'Betrieb',
  mentor: 'Betreuung',
  learningOutcomes: 'Lernergebnisse',
  methods: 'Methoden',
  criteria: 'Kriterien',
  prerequisites: 'Voraussetzungen',
  escoSkills: 'ESCO-Fertigkeiten',
  none: 'keine',
  notSet: '—',
  workingCopy: 'Arbeitsstand',
  noWbl: 'Es sind keine betrieblichen Lernphasen geplant.',
  noPlacementThisYear: 'In diesem Jahr ist keine betriebliche Lernphase geplant.',
  placements: 'Betriebliche Lernphasen',
  pointsAccumulated: 'Gesammelte ECVET-Punkte',
  pathwayIntro:
    'Ihr Weg durch die Ausbildung, Jahr für Jahr: die Einheiten, die Sie abschließen, Ihre Lernphasen im Betrieb und die ECVET-Punkte, die Sie sammeln.',
  categories: {
    knowledge: 'Wissen',
    skill: 'Fertigkeiten',
    'responsibility-autonomy': 'Verantwortung und Selbstständigkeit',
  },
  methodNames: {
    'practical-task': 'praktische Aufgabe',
    'work-sample': 'Arbeitsprobe',
    'written-exam': 'schriftliche Prüfung',
    'oral-exam': 'mündliche Prüfung',
    project: 'Projekt',
    portfolio: 'Portfolio',
    'observation-at-work': 'Beobachtung am Arbeitsplatz',
  },
  areas: {
    'innovation-capacity': 'Innovationsfähigkeit',
    'digital-production': 'Digitale Produktion',
    'digital-work': 'Digitale Arbeit',
    'organisational-learning': 'Organisationales Lernen',
    'leadership-communication': 'Führung und Kommunikation',
    'workplace-innovation': 'Innovation am Arbeitsplatz',
  },
  statuses: {
    draft: 'Entwurf',
    'in-review': 'In Prüfung',
    'changes-requested': 'Änderungen angefordert',
    approved: 'Freigegeben',
    published: 'Veröffentlicht',
    archived: 'Archiviert',
  },
  year: (n) => `${n}. Ausbildungsjahr`,
  term: (n) => `${n}. Abschnitt`,
  wholeYear: 'ganzes Jahr',
  months: (n) => `${n} Monate`,
  years: (n) => `${n} Jahre`,
  fullTime: 'Vollzeit',
  partTime: 'Teilzeit',
  pageOf: (page, count) => `Seite ${page} von ${count}`,
  fallbackNote: (language, primary, code) =>
    `Texte, die auf ${language} noch fehlen, erscheinen auf ${primary} und sind mit [${code}] markiert.`,
  createdOn: (date) => `Erstellt mit dem Curriculum builder am ${date}`,
  wblShare: (hours, share, total) =>
    `${hours} Stunden betriebliches Lernen: ${share} von ${total} Stunden der Ausbildung.`,
  electiveGroup: (code, title, points) =>
    `Wahlpflichtgruppe ${code} (${title}): Einheiten im Umfang von ${points} ECVET-Punkten wählen.`,
  yearPoints: (points) => `${points} ECVET-Punkte in diesem Jahr`,
  accumulated: (points, total) => `${points} von ${total} ECVET-Punkten gesammelt`,
  thisLanguage: (language) => `dieses Dokument: ${language}`,
};

const lt: PdfLabels = {
  ...en,
  curriculum: 'Mokymo programa',
  pathway: 'Mokymosi kelias',
  contents: 'Turinys',
  overview: 'Apžvalga',
  description: 'Aprašas',
  unitsOverview: 'Vienetų apžvalga',
  ecvetPoints: 'ECVET taškai',
  pointsByYear: 'ECVET taškai pagal metus',
  pointsByArea: 'ECVET taškai pagal Pramonės 4.0 sritis',
  pointsByAreaNote:
    'Vienetas įskaičiuojamas visais taškais kiekvienai sričiai, kuriai jis priskirtas.',
  expected: 'tikėtina',
  wblPlan: 'Mokymosi darbo vietoje planas',
  units: 'Mokymosi rezultatų vienetai',
  institution: 'Institucija',
  qualificationCode: 'Kvalifikacijos kodas',
  eqfLevel: 'EKS lygis',
  nqfLevel: 'NKS lygis',
  iscedF: 'ISCED-F sritis',
  occupation: 'ESCO profesija',
  totalPoints: 'Iš viso ECVET taškų',
  duration: 'Trukmė',
  version: 'Versija',
  status: 'Būsena',
  date: 'Data',
  languages: 'Kalbos',
  code: 'Kodas',
  title: 'Pavadinimas',
  yearTerm: 'Metai / laikotarpis',
  type: 'Tipas',
  mandatory: 'privalomas',
  elective: 'pasirenkamas',
  hours: 'Valandos',
  period: 'Laikotarpis',
  unitsCovered: 'Vienetai',
  assessment: 'Vertinimas',
  companyProfile: 'Įmonė',
  mentor: 'Mentorius',
  learningOutcomes: 'Mokymosi rezultatai',
  methods: 'Metodai',
  criteria: 'Kriterijai',
  prerequisites: 'Išankstiniai reikalavimai',
  escoSkills: 'ESCO įgūdžiai',
  none: 'nėra',
  workingCopy: 'darbinė versija',
  noWbl: 'Mokymosi darbo vietoje laikotarpių nenumatyta.',
  noPlacementThisYear: 'Šiais metais praktikos įmonėje nenumatyta.',
  placements: 'Mokymasis įmonėse',
  pointsAccumulated: 'Sukaupti ECVET taškai',
  pathwayIntro:
    'Jūsų kelias per programą metai po metų: vienetai, kuriuos baigsite, praktika įmonėse ir ECVET taškai, kuriuos sukaupsite.',
  categories: {
    knowledge: 'Žinios',
    skill: 'Gebėjimai',
    'responsibility-autonomy': 'Atsakomybė ir savarankiškumas',
  },
  methodNames: {
    'practical-task': 'praktinė užduotis',
    'work-sample': 'darbo pavyzdys',
    'written-exam': 'rašto egzaminas',
    'oral-exam': 'žodinis egzaminas',
    project: 'projektas',
    portfolio: 'darbų aplankas',
    'observation-at-work': 'stebėjimas darbe',
  },
  areas: {
    'innovation-capacity': 'Inovacijų gebėjimai',
    'digital-production': 'Skaitmeninė gamyba',
    'digital-work': 'Skaitmeninis darbas',
    'organisational-learning': 'Organizacinis mokymasis',
    'leadership-communication': 'Lyderystė ir komunikacija',
    'workplace-innovation': 'Darbo vietos inovacijos',
  },
  statuses: {
    draft: 'Juodraštis',
    'in-review': 'Peržiūrima',
    'changes-requested': 'Prašoma pakeitimų',
    approved: 'Patvirtinta',
    published: 'Paskelbta',
    archived: 'Archyvuota',
  },
  year: (n) => `${n} metai`,
  term: (n) => `${n} laikotarpis`,
  wholeYear: 'visi metai',
  months: (n) => `${n} mėn.`,
  years: (n) => `${n} m.`,
  fullTime: 'nuolatinės studijos',
  partTime: 'ištęstinės studijos',
  pageOf: (page, count) => `${page} psl. iš ${count}`,
  fallbackNote: (language, primary, code) =>
    `Tekstai, kurių dar nėra ${language} kalba, pateikiami ${primary} kalba ir pažymėti [${code}].`,
  createdOn: (date) => `Sukurta su Curriculum builder ${date}`,
  wblShare: (hours, share, total) =>
    `${hours} val. mokymosi darbo vietoje: ${share} iš ${total} programos valandų.`,
  electiveGroup: (code, title, points) =>
    `Pasirenkamųjų vienetų grupė ${code} (${title}): pasirinkite ${points} ECVET taškų.`,
  yearPoints: (points) => `${points} ECVET taškų šiais metais`,
  accumulated: (points, total) => `Sukaupta ${points} iš ${total} ECVET taškų`,
  thisLanguage: (language) => `šis dokumentas: ${language}`,
};

const lv: PdfLabels = {
  ...en,
  curriculum: 'Mācību programma',
  pathway: 'Mācību ceļš',
  contents: 'Saturs',
  overview: 'Pārskats',
  description: 'Apraksts',
  unitsOverview: 'Vienību pārskats',
  ecvetPoints: 'ECVET punkti',
  pointsByYear: 'ECVET punkti pa gadiem',
  pointsByArea: 'ECVET punkti pa Industrijas 4.0 jomām',
  pointsByAreaNote: 'Vienība tiek ieskaitīta ar visiem punktiem katrā jomā, kurai tā piešķirta.',
  expected: 'paredzēts',
  wblPlan: 'Darba vidē balstītu mācību plāns',
  units: 'Mācīšanās rezultātu vienības',
  institution: 'Iestāde',
  qualificationCode: 'Kvalifikācijas kods',
  eqfLevel: 'EKI līmenis',
  nqfLevel: 'NKI līmenis',
  iscedF: 'ISCED-F joma',
  occupation: 'ESCO profesija',
  totalPoints: 'ECVET punkti kopā',
  duration: 'Ilgums',
  version: 'Versija',
  status: 'Statuss',
  date: 'Datums',
  languages: 'Valodas',
  code: 'Kods',
  title: 'Nosaukums',
  yearTerm: 'Gads / posms',
  type: 'Veids',
  mandatory: 'obligāta',
  elective: 'izvēles',
  hours: 'Stundas',
  period: 'Periods',
  unitsCovered: 'Vienības',
  assessment: 'Vērtēšana',
  companyProfile: 'Uzņēmums',
  mentor: 'Mentors',
  learningOutcomes: 'Mācīšanās rezultāti',
  methods: 'Metodes',
  criteria: 'Kritēriji',
  prerequisites: 'Priekšnosacījumi',
  escoSkills: 'ESCO prasmes',
  none: 'nav',
  workingCopy: 'darba versija',
  noWbl: 'Darba vidē balstītu mācību periodi nav plānoti.',
  noPlacementThisYear: 'Šajā gadā prakse uzņēmumā nav plānota.',
  placements: 'Mācības uzņēmumos',
  pointsAccumulated: 'Uzkrātie ECVET punkti',
  pathwayIntro:
    'Jūsu ceļš cauri programmai gadu pēc gada: vienības, kuras apgūsiet, prakse uzņēmumos un ECVET punkti, kurus uzkrāsiet.',
  categories: {
    knowledge: 'Zināšanas',
    skill: 'Prasmes',
    'responsibility-autonomy': 'Atbildība un patstāvība',
  },
  methodNames: {
    'practical-task': 'praktisks uzdevums',
    'work-sample': 'darba paraugs',
    'written-exam': 'rakstisks eksāmens',
    'oral-exam': 'mutisks eksāmens',
    project: 'projekts',
    portfolio: 'portfolio',
    'observation-at-work': 'novērošana darbā',
  },
  areas: {
    'innovation-capacity': 'Inovāciju spēja',
    'digital-production': 'Digitālā ražošana',
    'digital-work': 'Digitālais darbs',
    'organisational-learning': 'Organizācijas mācīšanās',
    'leadership-communication': 'Vadība un komunikācija',
    'workplace-innovation': 'Darba vietas inovācijas',
  },
  statuses: {
    draft: 'Melnraksts',
    'in-review': 'Pārskatīšanā',
    'changes-requested': 'Pieprasītas izmaiņas',
    approved: 'Apstiprināta',
    published: 'Publicēta',
    archived: 'Arhivēta',
  },
  year: (n) => `${n}. gads`,
  term: (n) => `${n}. posms`,
  wholeYear: 'viss gads',
  months: (n) => `${n} mēneši`,
  years: (n) => `${n} gadi`,
  fullTime: 'pilna laika',
  partTime: 'nepilna laika',
  pageOf: (page, count) => `${page}. lapa no ${count}`,
  fallbackNote: (language, primary, code) =>
    `Teksti, kas vēl nav pieejami ${language} valodā, ir parādīti ${primary} valodā un atzīmēti ar [${code}].`,
  createdOn: (date) => `Izveidots ar Curriculum builder ${date}`,
  wblShare: (hours, share, total) =>
    `${hours} stundas darba vidē balstītu mācību: ${share} no ${total} programmas stundām.`,
  electiveGroup: (code, title, points) =>
    `Izvēles grupa ${code} (${title}): izvēlieties vienības ${points} ECVET punktu apjomā.`,
  yearPoints: (points) => `${points} ECVET punkti šajā gadā`,
  accumulated: (points, total) => `Uzkrāti ${points} no ${total} ECVET punktiem`,
  thisLanguage: (language) => `šis dokuments: ${language}`,
};

const et: PdfLabels = {
  ...en,
  curriculum: 'Õppekava',
  pathway: 'Õpitee',
  contents: 'Sisukord',
  overview: 'Ülevaade',
  description: 'Kirjeldus',
  unitsOverview: 'Ühikute ülevaade',
  ecvetPoints: 'ECVET-punktid',
  pointsByYear: 'ECVET-punktid aastate kaupa',
  pointsByArea: 'ECVET-punktid Tööstus 4.0 valdkondade kaupa',
  pointsByAreaNote:
    'Ühik arvestatakse kõigi oma punktidega igas valdkonnas, millega see on seotud.',
  expected: 'oodatud',
  wblPlan: 'Töökohapõhise õppe kava',
  units: 'Õpiväljundite ühikud',
  institution: 'Asutus',
  qualificationCode: 'Kvalifikatsiooni kood',
  eqfLevel: 'EKR tase',
  nqfLevel: 'RKR tase',
  iscedF: 'ISCED-F valdkond',
  occupation: 'ESCO amet',
  totalPoints: 'ECVET-punkte kokku',
  duration: 'Kestus',
  version: 'Versioon',
  status: 'Olek',
  date: 'Kuupäev',
  languages: 'Keeled',
  code: 'Kood',
  title: 'Nimetus',
  yearTerm: 'Aasta / periood',
  type: 'Liik',
  mandatory: 'kohustuslik',
  elective: 'valikuline',
  hours: 'Tunnid',
  period: 'Periood',
  unitsCovered: 'Ühikud',
  assessment: 'Hindamine',
  companyProfile: 'Ettevõte',
  mentor: 'Juhendaja',
  learningOutcomes: 'Õpiväljundid',
  methods: 'Meetodid',
  criteria: 'Kriteeriumid',
  prerequisites: 'Eeldused',
  escoSkills: 'ESCO oskused',
  none: 'puuduvad',
  workingCopy: 'töökoopia',
  noWbl: 'Töökohapõhise õppe perioode ei ole kavandatud.',
  noPlacementThisYear: 'Sel aastal ei ole praktikat ettevõttes kavandatud.',
  placements: 'Õpe ettevõtetes',
  pointsAccumulated: 'Kogutud ECVET-punktid',
  pathwayIntro:
    'Teie tee läbi õppekava aasta aasta järel: ühikud, mille läbite, praktika ettevõtetes ja ECVET-punktid, mida kogute.',
  categories: {
    knowledge: 'Teadmised',
    skill: 'Oskused',
    'responsibility-autonomy': 'Vastutus ja iseseisvus',
  },
  methodNames: {
    'practical-task': 'praktiline ülesanne',
    'work-sample': 'tööproov',
    'written-exam': 'kirjalik eksam',
    'oral-exam': 'suuline eksam',
    project: 'projekt',
    portfolio: 'portfoolio',
    'observation-at-work': 'vaatlus töökohal',
  },
  areas: {
    'innovation-capacity': 'Innovatsioonivõime',
    'digital-production': 'Digitaalne tootmine',
    'digital-work': 'Digitaalne töö',
    'organisational-learning': 'Organisatsiooniline õppimine',
    'leadership-communication': 'Juhtimine ja suhtlus',
    'workplace-innovation': 'Töökoha innovatsioon',
  },
  statuses: {
    draft: 'Mustand',
    'in-review': 'Läbivaatamisel',
    'changes-requested': 'Muudatused taotletud',
    approved: 'Kinnitatud',
    published: 'Avaldatud',
    archived: 'Arhiveeritud',
  },
  year: (n) => `${n}. aasta`,
  term: (n) => `${n}. periood`,
  wholeYear: 'terve aasta',
  months: (n) => `${n} kuud`,
  years: (n) => `${n} aastat`,
  fullTime: 'täiskoormusega',
  partTime: 'osakoormusega',
  pageOf: (page, count) => `Lehekülg ${page} / ${count}`,
  fallbackNote: (language, primary, code) =>
    `Tekstid, mida ${language} keeles veel pole, on esitatud ${primary} keeles ja tähistatud [${code}].`,
  createdOn: (date) => `Loodud rakendusega Curriculum builder ${date}`,
  wblShare: (hours, share, total) =>
    `${hours} tundi töökohapõhist õpet: ${share} õppekava ${total} tunnist.`,
  electiveGroup: (code, title, points) =>
    `Valikgrupp ${code} (${title}): valige ühikud ${points} ECVET-punkti ulatuses.`,
  yearPoints: (points) => `${points} ECVET-punkti sel aastal`,
  accumulated: (points, total) => `Kogutud ${points} / ${total} ECVET-punkti`,
  thisLanguage: (language) => `see dokument: ${language}`,
};

const LABELS: Readonly<Record<string, PdfLabels>> = { en, de, lt, lv, et };

/** The labels for a document language; English for languages without their own labels. */
export function labelsFor(language: string): PdfLabels {
  return LABELS[language.toLowerCase().split('-')[0]] ?? en;
}

/** Languages with labels of their own. */
export const LABEL_LANGUAGES = Object.keys(LABELS);

/** Locale for numbers and dates; English uses the European day-month-year order. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** The name of a language in the document's language ("German", "vokiečių", …). */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([localeOf(inLanguage)], { type: 'language' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

/** Numbers and dates in the document's language. */
export class PdfFormat {
  private readonly numbers: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(readonly language: string) {
    const locale = localeOf(language);
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  share(value: number): string {
    return this.percent.format(value);
  }

  date(value: string | Date): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    return Number.isNaN(date.getTime()) ? String(value) : this.dates.format(date);
  }
}
