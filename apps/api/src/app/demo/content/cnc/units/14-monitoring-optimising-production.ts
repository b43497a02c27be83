import {
  ESCO_APPLY_CONTROL_PROCESS_STATISTICAL_METHODS,
  ESCO_MONITOR_AUTOMATED_MACHINES,
  ESCO_QUALITY_AND_CYCLE_TIME_OPTIMISATION,
  ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
  ESCO_STATISTICAL_PROCESS_CONTROL,
  ESCO_SUPPLY_MACHINE_WITH_APPROPRIATE_TOOLS,
  ESCO_TROUBLESHOOT,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-14',
  title: {
    de: 'Überwachen und Optimieren von Fertigungsprozessen',
    en: 'Monitoring and optimising production processes',
    lt: 'Gamybos procesų stebėsena ir optimizavimas',
    lv: 'Ražošanas procesu uzraudzība un optimizēšana',
  },
  description: {
    de: 'Überwachen laufender Fertigungsprozesse mit statistischer Prozessregelung (SPC), Erkennen von Werkzeugverschleiß und Prozessstörungen, Auswerten von Maschinendaten und Optimieren von Schnittwerten, Taktzeit und Werkzeugstandzeit.',
    en: 'Monitoring running production processes with statistical process control (SPC), detecting tool wear and process disturbances, evaluating machine data and optimising cutting values, cycle time and tool life.',
    lt: 'Vykstančių gamybos procesų stebėsena taikant statistinį procesų valdymą (SPC), įrankių dilimo ir proceso sutrikimų atpažinimas, staklių duomenų analizė ir pjovimo režimų, ciklo trukmės bei įrankių patvarumo optimizavimas.',
    lv: 'Notiekošu ražošanas procesu uzraudzība ar statistisko procesu vadību (SPC), instrumentu nodiluma un procesa traucējumu atpazīšana, darbgaldu datu izvērtēšana un griešanas režīmu, cikla laika un instrumentu noturības optimizēšana.',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 4,
  term: 1,
  areas: ['digital-production', 'innovation-capacity'],
  escoSkills: [ESCO_MONITOR_AUTOMATED_MACHINES],
  prerequisiteCodes: ['ZM-12', 'ZM-13'],
  assessment: {
    methods: ['practical-task', 'oral-exam'],
    criteria: {
      de: 'Die Regelkarte für ein Serienmerkmal ist korrekt geführt; Eingriffsgrenzen werden erkannt und die richtige Maßnahme wird eingeleitet; die Prozessfähigkeit (Cpk) ist berechnet; der Optimierungsvorschlag verkürzt die Taktzeit nachweislich ohne Qualitätsverlust.',
      en: 'The control chart for a series characteristic is kept correctly; action limits are recognised and the right measure is initiated; process capability (Cpk) is calculated; the optimisation proposal demonstrably shortens the cycle time without loss of quality.',
      lt: 'Serijinio požymio kontrolinė kortelė pildoma teisingai; atpažįstamos veiksmų ribos ir imamasi tinkamos priemonės; apskaičiuotas proceso pajėgumas (Cpk); optimizavimo pasiūlymas įrodomai sutrumpina ciklo trukmę neprarandant kokybės.',
      lv: 'Sērijas raksturlieluma kontroles karte ir aizpildīta pareizi; iejaukšanās robežas tiek atpazītas un tiek veikts pareizais pasākums; ir aprēķināta procesa spēja (Cpk); optimizācijas priekšlikums pierādāmi saīsina cikla laiku bez kvalitātes zuduma.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_STATISTICAL_PROCESS_CONTROL],
      text: {
        de: 'Erklärt die Grundlagen der statistischen Prozessregelung: Normalverteilung, Regelkarten, Eingriffsgrenzen und die Prozessfähigkeitskennwerte Cp und Cpk.',
        en: 'Explains the basics of statistical process control: normal distribution, control charts, action limits and the process capability indices Cp and Cpk.',
        lt: 'Paaiškina statistinio procesų valdymo pagrindus: normalųjį skirstinį, kontrolines korteles, veiksmų ribas ir proceso pajėgumo rodiklius Cp ir Cpk.',
        lv: 'Izskaidro statistiskās procesu vadības pamatus: normālo sadalījumu, kontroles kartes, iejaukšanās robežas un procesa spējas rādītājus Cp un Cpk.',
      },
    },
    {
      category: 'skill',
      escoSkills: [
        ESCO_APPLY_CONTROL_PROCESS_STATISTICAL_METHODS,
        ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
      ],
      text: {
        de: 'Führt Regelkarten für Serienmerkmale, erkennt Trends und Prozessverschiebungen und korrigiert Verschleißwerte in der CNC-Steuerung.',
        en: 'Keeps control charts for series characteristics, recognises trends and process shifts and corrects wear offsets in the CNC control.',
        lt: 'Pildo serijinių požymių kontrolines korteles, atpažįsta tendencijas ir proceso poslinkius ir koreguoja dilimo vertes CNC valdiklyje.',
        lv: 'Aizpilda sērijas raksturlielumu kontroles kartes, atpazīst tendences un procesa nobīdes un koriģē nodiluma vērtības CNC vadības iekārtā.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_MONITOR_AUTOMATED_MACHINES, ESCO_SUPPLY_MACHINE_WITH_APPROPRIATE_TOOLS],
      text: {
        de: 'Überwacht den Werkzeugverschleiß über Standzeitzähler, Spindellast und Sichtprüfung der Schneiden und wechselt Werkzeuge rechtzeitig.',
        en: 'Monitors tool wear via tool life counters, spindle load and visual inspection of the cutting edges and changes tools in good time.',
        lt: 'Stebi įrankių dilimą pagal patvarumo skaitiklius, suklio apkrovą ir apžiūrėdamas ašmenis bei laiku keičia įrankius.',
        lv: 'Uzrauga instrumentu nodilumu pēc noturības skaitītājiem, vārpstas slodzes un griezējšķautņu vizuālas apskates un laikus nomaina instrumentus.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_MONITOR_AUTOMATED_MACHINES, ESCO_QUALITY_AND_CYCLE_TIME_OPTIMISATION],
      text: {
        de: 'Wertet Maschinen- und Prozessdaten aus dem Fertigungsleitsystem aus und optimiert Schnittwerte, Verfahrwege und Werkzeugreihenfolge.',
        en: 'Evaluates machine and process data from the manufacturing execution system and optimises cutting values, traverse paths and tool sequence.',
        lt: 'Analizuoja staklių ir proceso duomenis iš gamybos valdymo sistemos ir optimizuoja pjovimo režimus, judėjimo trajektorijas ir įrankių eiliškumą.',
        lv: 'Izvērtē darbgaldu un procesa datus no ražošanas vadības sistēmas un optimizē griešanas režīmus, pārvietošanās ceļus un instrumentu secību.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_TROUBLESHOOT],
      text: {
        de: 'Stoppt die Fertigung eigenverantwortlich bei nicht beherrschtem Prozess und stimmt Optimierungen mit Schichtführung und Qualitätssicherung ab.',
        en: 'Stops production on their own responsibility when the process is out of control and agrees optimisations with the shift supervisor and quality assurance.',
        lt: 'Savarankiškai sustabdo gamybą, kai procesas nevaldomas, ir derina optimizavimo veiksmus su pamainos vadovu ir kokybės užtikrinimo skyriumi.',
        lv: 'Patstāvīgi aptur ražošanu, ja process nav vadāms, un saskaņo optimizēšanas pasākumus ar maiņas vadītāju un kvalitātes nodrošināšanas nodaļu.',
      },
    },
  ],
};
