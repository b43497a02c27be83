import {
  ESCO_INSPECT_QUALITY_OF_PRODUCTS,
  ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
  ESCO_QUALITY_STANDARDS,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-13',
  title: {
    de: 'Geschäftsprozesse und Qualitätssicherung',
    en: 'Business processes and quality assurance',
    lt: 'Verslo procesai ir kokybės užtikrinimas',
    lv: 'Uzņēmējdarbības procesi un kvalitātes nodrošināšana',
  },
  description: {
    de: 'Auftragsabwicklung vom Angebot bis zur Auslieferung, Kostenbewusstsein, Qualitätsmanagement nach ISO 9001, Prüfpläne, Prüfmittelüberwachung, Dokumentation und Reklamationsbearbeitung.',
    en: 'Order processing from quotation to delivery, cost awareness, quality management to ISO 9001, inspection plans, monitoring of measuring equipment, documentation and handling of complaints.',
    lt: 'Užsakymo vykdymas nuo pasiūlymo iki pristatymo, sąnaudų suvokimas, kokybės vadyba pagal ISO 9001, patikros planai, matavimo priemonių priežiūra, dokumentavimas ir pretenzijų nagrinėjimas.',
    lv: 'Pasūtījuma izpilde no piedāvājuma līdz piegādei, izmaksu apzināšanās, kvalitātes vadība saskaņā ar ISO 9001, pārbaudes plāni, mērīšanas līdzekļu uzraudzība, dokumentēšana un sūdzību izskatīšana.',
  },
  eqfLevel: 4,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 3,
  term: null,
  areas: ['organisational-learning', 'workplace-innovation'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-09'],
  assessment: {
    methods: ['written-exam', 'oral-exam'],
    criteria: {
      de: 'Der erstellte Prüfplan legt Merkmale, Prüfmittel, Prüfhäufigkeit und Dokumentation vollständig fest; die Eignung der Prüfmittel ist bewertet; im Fachgespräch wird eine Reklamation mit der 8D-Methode nachvollziehbar bearbeitet.',
      en: 'The inspection plan fully specifies characteristics, measuring equipment, inspection frequency and documentation; the suitability of the measuring equipment is evaluated; in the professional discussion a complaint is handled comprehensibly with the 8D method.',
      lt: 'Parengtas patikros planas išsamiai nustato požymius, matavimo priemones, tikrinimo dažnumą ir dokumentavimą; įvertintas matavimo priemonių tinkamumas; profesiniame pokalbyje pretenzija nuosekliai išnagrinėjama 8D metodu.',
      lv: 'Izstrādātais pārbaudes plāns pilnībā nosaka raksturlielumus, mērīšanas līdzekļus, pārbaudes biežumu un dokumentēšanu; ir novērtēta mērīšanas līdzekļu piemērotība; profesionālajā sarunā sūdzība tiek saprotami izskatīta ar 8D metodi.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_QUALITY_STANDARDS],
      text: {
        de: 'Erklärt die Grundsätze des Qualitätsmanagements nach ISO 9001, die Prüfplanung und die Prüfmittelüberwachung.',
        en: 'Explains the principles of quality management to ISO 9001, inspection planning and the monitoring of measuring equipment.',
        lt: 'Paaiškina kokybės vadybos pagal ISO 9001, patikros planavimo ir matavimo priemonių priežiūros principus.',
        lv: 'Izskaidro kvalitātes vadības principus saskaņā ar ISO 9001, pārbaudes plānošanu un mērīšanas līdzekļu uzraudzību.',
      },
    },
    {
      category: 'knowledge',
      text: {
        de: 'Beschreibt die Auftragsabwicklung vom Angebot bis zur Auslieferung und die Zusammensetzung von Maschinenstundensätzen.',
        en: 'Describes order processing from quotation to delivery and the composition of machine hourly rates.',
        lt: 'Apibūdina užsakymo vykdymą nuo pasiūlymo iki pristatymo ir staklių valandinio įkainio sudėtį.',
        lv: 'Raksturo pasūtījuma izpildi no piedāvājuma līdz piegādei un darbgalda stundas likmes sastāvu.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_INSPECT_QUALITY_OF_PRODUCTS],
      text: {
        de: 'Erstellt Prüfpläne mit Merkmalen, Prüfmitteln und Prüfhäufigkeit und wählt Messmittel nach Toleranz und Messunsicherheit aus.',
        en: 'Draws up inspection plans with characteristics, measuring equipment and inspection frequency and selects measuring instruments according to tolerance and measurement uncertainty.',
        lt: 'Sudaro patikros planus su požymiais, matavimo priemonėmis ir tikrinimo dažnumu ir parenka matavimo priemones pagal leistiną nuokrypį ir matavimo neapibrėžtį.',
        lv: 'Sastāda pārbaudes plānus ar raksturlielumiem, mērīšanas līdzekļiem un pārbaudes biežumu un izvēlas mērinstrumentus atbilstoši pielaidei un mērījumu nenoteiktībai.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT, ESCO_INSPECT_QUALITY_OF_PRODUCTS],
      text: {
        de: 'Misst Werkstücke auf dem Koordinatenmessgerät, wertet Messprotokolle aus und dokumentiert Prüfergebnisse im CAQ-System.',
        en: 'Measures workpieces on the coordinate measuring machine, evaluates measurement reports and documents inspection results in the CAQ system.',
        lt: 'Matuoja detales koordinatine matavimo mašina, analizuoja matavimo protokolus ir dokumentuoja patikros rezultatus CAQ sistemoje.',
        lv: 'Mēra detaļas ar koordinātu mērmašīnu, izvērtē mērījumu protokolus un dokumentē pārbaudes rezultātus CAQ sistēmā.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Beteiligt sich an der Reklamationsbearbeitung und der kontinuierlichen Verbesserung und schlägt Abstellmaßnahmen für wiederkehrende Fehler vor.',
        en: 'Takes part in complaint handling and continuous improvement and proposes corrective actions for recurring defects.',
        lt: 'Dalyvauja nagrinėjant pretenzijas ir nuolat tobulinant procesus bei siūlo taisomuosius veiksmus pasikartojantiems defektams pašalinti.',
        lv: 'Piedalās sūdzību izskatīšanā un nepārtrauktā pilnveidē un ierosina korektīvas darbības atkārtotu defektu novēršanai.',
      },
    },
  ],
};
