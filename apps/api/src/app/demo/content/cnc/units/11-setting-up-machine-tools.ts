import {
  ESCO_INSPECT_QUALITY_OF_PRODUCTS,
  ESCO_PERFORM_TEST_RUN,
  ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
  ESCO_SUPPLY_MACHINE,
  ESCO_SUPPLY_MACHINE_WITH_APPROPRIATE_TOOLS,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-11',
  title: {
    de: 'Einrichten von Werkzeugmaschinen',
    en: 'Setting up machine tools',
    lt: 'Staklių derinimas',
    lv: 'Darbgaldu iestatīšana',
  },
  description: {
    de: 'Spannen von Werkstücken und Werkzeugen, Ermitteln und Speichern von Werkzeugkorrekturdaten, Einstellen der Fertigungsparameter, Auswahl der Hilfsstoffe, Anbringen und Prüfen von Schutzeinrichtungen sowie Probelauf an CNC-Dreh- und Fräsmaschinen.',
    en: 'Clamping workpieces and tools, determining and storing tool offset data, setting production parameters, selecting auxiliary materials, fitting and checking guards and performing a test run on CNC turning and milling machines.',
    lt: 'Ruošinių ir įrankių įtvirtinimas, įrankių korekcijos duomenų nustatymas ir įrašymas, gamybos parametrų nustatymas, pagalbinių medžiagų parinkimas, apsaugos įtaisų montavimas ir tikrinimas bei bandomasis paleidimas CNC tekinimo ir frezavimo staklėse.',
    lv: 'Sagatavju un instrumentu iespīlēšana, instrumentu korekcijas datu noteikšana un saglabāšana, ražošanas parametru iestatīšana, palīgmateriālu izvēle, aizsargierīču uzstādīšana un pārbaude, kā arī izmēģinājuma palaišana CNC virpošanas un frēzēšanas darbgaldos.',
  },
  eqfLevel: 4,
  ecvetPoints: 20,
  mandatory: true,
  electiveGroup: null,
  year: 3,
  term: 1,
  areas: ['digital-production'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-10'],
  assessment: {
    methods: ['practical-task', 'observation-at-work'],
    criteria: {
      de: 'Rüsten einer CNC-Drehmaschine für einen Auftrag in höchstens 90 Minuten: Werkstück und Werkzeuge sind sicher gespannt, Korrekturwerte weichen höchstens 0,02 mm ab, Schutzeinrichtungen funktionieren, das Erstteil liegt innerhalb der Toleranz.',
      en: 'Setting up a CNC lathe for an order within 90 minutes: workpiece and tools are securely clamped, offset values deviate by no more than 0.02 mm, guards work, the first part is within tolerance.',
      lt: 'CNC tekinimo staklių paruošimas užsakymui per ne daugiau kaip 90 minučių: ruošinys ir įrankiai patikimai įtvirtinti, korekcijos vertės nukrypsta ne daugiau kaip 0,02 mm, apsaugos įtaisai veikia, pirmoji detalė atitinka leistinus nuokrypius.',
      lv: 'CNC virpas iestatīšana pasūtījumam ne ilgāk kā 90 minūtēs: sagatave un instrumenti ir droši iespīlēti, korekcijas vērtības atšķiras ne vairāk kā par 0,02 mm, aizsargierīces darbojas, pirmā detaļa atbilst pielaidēm.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Spannmittel für die Dreh- und Fräsbearbeitung, Spannkräfte sowie Maschinen-, Werkstück- und Werkzeugnullpunkte.',
        en: 'Explains clamping devices for turning and milling, clamping forces and machine, workpiece and tool zero points.',
        lt: 'Paaiškina tekinimo ir frezavimo įtvarus, įtvirtinimo jėgas bei staklių, ruošinio ir įrankio nulinius taškus.',
        lv: 'Izskaidro virpošanas un frēzēšanas iespīlēšanas ierīces, iespīlēšanas spēkus, kā arī darbgalda, sagataves un instrumenta nulles punktus.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_SUPPLY_MACHINE],
      text: {
        de: 'Spannt Werkstücke lagerichtig und verformungsarm in Futter, Schraubstock oder Vorrichtung und richtet sie mit der Messuhr aus.',
        en: 'Clamps workpieces in the correct position and with minimal deformation in a chuck, vice or fixture and aligns them with a dial indicator.',
        lt: 'Teisingai ir su mažiausia deformacija įtvirtina ruošinius griebtuve, spaustuvuose arba įtaise ir juos išlygina indikatoriumi.',
        lv: 'Pareizi un ar minimālu deformāciju iespīlē sagataves patronā, skrūvspīlēs vai ierīcē un izlīdzina tās ar indikatoru.',
      },
    },
    {
      category: 'skill',
      escoSkills: [
        ESCO_SUPPLY_MACHINE_WITH_APPROPRIATE_TOOLS,
        ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
      ],
      text: {
        de: 'Spannt Werkzeuge in Aufnahmen, misst sie am Voreinstellgerät oder in der Maschine und speichert die Werkzeugkorrekturdaten in der CNC-Steuerung.',
        en: 'Clamps tools in holders, measures them on the presetter or in the machine and stores the tool offset data in the CNC control.',
        lt: 'Įtvirtina įrankius laikikliuose, išmatuoja juos išankstinio nustatymo prietaise arba staklėse ir įrašo įrankių korekcijos duomenis į CNC valdiklį.',
        lv: 'Iespīlē instrumentus turētājos, izmēra tos iepriekšējās iestatīšanas ierīcē vai darbgaldā un saglabā instrumentu korekcijas datus un ģeometrijas vērtības CNC vadības iekārtā.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE],
      text: {
        de: 'Setzt Werkstücknullpunkte, stellt Fertigungsparameter ein und wählt Kühlschmierstoffe und Hilfsstoffe nach Werkstoff und Verfahren aus.',
        en: 'Sets workpiece zero points, adjusts production parameters and selects coolants and auxiliary materials according to material and process.',
        lt: 'Nustato ruošinio nulinius taškus, gamybos parametrus ir parenka aušinimo skysčius bei pagalbines medžiagas pagal medžiagą ir procesą.',
        lv: 'Iestata sagataves nulles punktus un ražošanas parametrus un izvēlas dzesēšanas šķidrumus un palīgmateriālus, ņemot vērā materiālu un procesu.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_TEST_RUN],
      text: {
        de: 'Montiert und prüft Schutzeinrichtungen und führt einen Probelauf mit reduziertem Eilgang im Einzelsatzbetrieb durch.',
        en: 'Fits and checks guards and carries out a test run with reduced rapid traverse in single-block mode.',
        lt: 'Sumontuoja ir patikrina apsaugos įtaisus ir atlieka bandomąjį paleidimą sumažinta greitąja eiga vieno kadro režimu.',
        lv: 'Uzstāda un pārbauda aizsargierīces un veic izmēģinājuma palaišanu ar samazinātu ātro gaitu atsevišķu bloku režīmā.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_INSPECT_QUALITY_OF_PRODUCTS],
      text: {
        de: 'Gibt die Maschine erst nach bestandener Erstteilprüfung für die Fertigung frei und dokumentiert die Rüstdaten für Wiederholaufträge.',
        en: 'Releases the machine for production only after the first-article inspection has been passed and documents the set-up data for repeat orders.',
        lt: 'Leidžia gaminti staklėmis tik po sėkmingo pirmosios detalės patikrinimo ir dokumentuoja derinimo duomenis pakartotiniams užsakymams.',
        lv: 'Atļauj darbgaldu izmantot ražošanai tikai pēc sekmīgas pirmās detaļas pārbaudes un dokumentē iestatīšanas datus atkārtotiem pasūtījumiem, lai novērstu kļūdas.',
      },
    },
  ],
};
