import {
  ESCO_CUTTING_TECHNOLOGIES,
  ESCO_MANUFACTURING_PROCESSES,
  ESCO_MONITOR_AUTOMATED_MACHINES,
  ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
  ESCO_REMOVE_INADEQUATE_WORKPIECES,
  ESCO_TEND_CNC_GRINDING_MACHINE,
  ESCO_TEND_CNC_MILLING_MACHINE,
  ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-12',
  title: {
    de: 'Herstellen von Werkstücken auf Dreh-, Fräs- und Schleifsystemen',
    en: 'Producing workpieces on turning, milling and grinding systems',
    lt: 'Detalių gamyba tekinimo, frezavimo ir šlifavimo sistemose',
    lv: 'Detaļu izgatavošana virpošanas, frēzēšanas un slīpēšanas sistēmās',
  },
  description: {
    de: 'Fertigen von Werkstücken aus Stahl, Aluminium und Guss auf CNC-Drehmaschinen, Drehautomaten, Fräs- und Bearbeitungszentren sowie Schleifmaschinen einschließlich Bohren, Reiben und Gewindefertigung; Sichern der Maß-, Form- und Oberflächenqualität.',
    en: 'Producing workpieces from steel, aluminium and cast iron on CNC lathes, automatic lathes, milling and machining centres and grinding machines, including drilling, reaming and thread production; ensuring dimensional, form and surface quality.',
    lt: 'Detalių iš plieno, aliuminio ir ketaus gamyba CNC tekinimo staklėmis, tekinimo automatais, frezavimo ir apdirbimo centrais bei šlifavimo staklėmis, įskaitant gręžimą, plėtimą ir sriegių pjovimą; matmenų, formos ir paviršiaus kokybės užtikrinimas.',
    lv: 'Detaļu izgatavošana no tērauda, alumīnija un čuguna ar CNC virpām, virpošanas automātiem, frēzēšanas un apstrādes centriem un slīpmašīnām, ieskaitot urbšanu, izvēršanu un vītņu izgatavošanu; izmēru, formas un virsmas kvalitātes nodrošināšana.',
  },
  eqfLevel: 4,
  ecvetPoints: 25,
  mandatory: true,
  electiveGroup: null,
  year: 3,
  term: 2,
  areas: ['digital-production'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-11'],
  assessment: {
    methods: ['work-sample', 'practical-task'],
    criteria: {
      de: 'Das Prüfungswerkstück (Dreh-Fräs-Teil mit Passungen IT7 und Rz 6,3) erfüllt alle Maße und Oberflächenangaben; der Außendurchmesser und die Passbohrungen werden mit Messschraube und Innenmessgerät geprüft und im Prüfprotokoll dokumentiert.',
      en: 'The exam workpiece (turned-milled part with IT7 fits and Rz 6.3) meets all dimensions and surface specifications; the outside diameter and fitting bores are checked with micrometers and internal gauges and documented in the inspection record.',
      lt: 'Egzamino detalė (tekinta ir frezuota detalė su IT7 suleidimais ir Rz 6,3) atitinka visus matmenis ir paviršiaus reikalavimus; išorinis skersmuo ir suleidimo angos patikrinamos mikrometru ir vidaus matuokliu, o rezultatai įrašomi į patikros protokolą.',
      lv: 'Eksāmena detaļa (virpota un frēzēta detaļa ar IT7 sēgumiem un Rz 6,3) atbilst visiem izmēriem un virsmas prasībām; ārējais diametrs un sēguma urbumi tiek pārbaudīti ar mikrometru un iekšējo mērītāju un dokumentēti pārbaudes protokolā.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_CUTTING_TECHNOLOGIES, ESCO_MANUFACTURING_PROCESSES],
      text: {
        de: 'Erklärt Zerspanungsvorgänge beim Drehen, Fräsen und Schleifen, Schneidstoffe und Schneidengeometrien sowie deren Einfluss auf Standzeit und Oberflächengüte.',
        en: 'Explains cutting processes in turning, milling and grinding, cutting materials and cutting-edge geometries and their influence on tool life and surface quality.',
        lt: 'Paaiškina pjovimo procesus tekinant, frezuojant ir šlifuojant, pjovimo medžiagas ir ašmenų geometriją bei jų įtaką įrankio patvarumui ir paviršiaus kokybei.',
        lv: 'Izskaidro griešanas procesus virpošanā, frēzēšanā un slīpēšanā, griezējmateriālus un griezējšķautņu ģeometriju, kā arī to ietekmi uz instrumenta noturību un virsmas kvalitāti.',
      },
    },
    {
      category: 'skill',
      escoSkills: [
        ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE,
        ESCO_TEND_CNC_MILLING_MACHINE,
      ],
      text: {
        de: 'Fertigt Dreh- und Frästeile mit Passungen, Gewinden und Freiformflächen auf CNC-Maschinen in Einzel- und Serienfertigung.',
        en: 'Produces turned and milled parts with fits, threads and free-form surfaces on CNC machines in one-off and series production.',
        lt: 'Gamina tekintas ir frezuotas detales su suleidimais, sriegiais ir laisvos formos paviršiais CNC staklėmis vienetinėje ir serijinėje gamyboje.',
        lv: 'Izgatavo virpotas un frēzētas detaļas ar sēgumiem, vītnēm un brīvas formas virsmām ar CNC darbgaldiem vienību un sērijveida ražošanā.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_TEND_CNC_GRINDING_MACHINE],
      text: {
        de: 'Schleift Außen- und Innendurchmesser sowie Planflächen auf Rund- und Flachschleifmaschinen und richtet Schleifscheiben ab.',
        en: 'Grinds outside and inside diameters and flat surfaces on cylindrical and surface grinding machines and dresses grinding wheels.',
        lt: 'Šlifuoja išorinius ir vidinius skersmenis bei plokščius paviršius apvaliojo ir plokščiojo šlifavimo staklėmis ir tiesina šlifavimo diskus.',
        lv: 'Slīpē ārējos un iekšējos diametrus un plaknes virsmas ar apaļslīpēšanas un plakanslīpēšanas darbgaldiem un taisno slīpripas.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT],
      text: {
        de: 'Prüft Maße mit Bügelmessschrauben, Innenmessgeräten und Rauheitsmessgerät und trägt die Ergebnisse in den Prüfplan ein.',
        en: 'Checks dimensions with micrometers, internal gauges and a roughness tester and records the results in the inspection plan.',
        lt: 'Tikrina matmenis mikrometrais, vidaus matuokliais ir šiurkštumo matuokliu ir įrašo rezultatus į patikros planą.',
        lv: 'Pārbauda izmērus ar mikrometriem, iekšējiem mērītājiem un raupjuma mērītāju un ieraksta rezultātus pārbaudes plānā.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_REMOVE_INADEQUATE_WORKPIECES],
      text: {
        de: 'Sortiert fehlerhafte Werkstücke aus, kennzeichnet sie als Sperrware und informiert die Qualitätssicherung über die Ursache.',
        en: 'Removes defective workpieces, labels them as blocked stock and informs quality assurance of the cause.',
        lt: 'Atrenka brokuotas detales, pažymi jas kaip blokuotą produkciją ir informuoja kokybės užtikrinimo skyrių apie priežastį.',
        lv: 'Atšķiro brāķētās detaļas, marķē tās kā bloķētu produkciju un informē kvalitātes nodrošināšanas nodaļu par cēloni.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_MONITOR_AUTOMATED_MACHINES],
      text: {
        de: 'Bedient mehrere Maschinen gleichzeitig und setzt Prioritäten nach Liefertermin und Qualitätsrisiko.',
        en: 'Operates several machines at the same time and sets priorities by delivery date and quality risk.',
        lt: 'Vienu metu aptarnauja kelias stakles ir nustato prioritetus pagal pristatymo terminą ir kokybės riziką.',
        lv: 'Vienlaikus apkalpo vairākus darbgaldus un nosaka prioritātes atbilstoši piegādes termiņam un kvalitātes riskam.',
      },
    },
  ],
};
