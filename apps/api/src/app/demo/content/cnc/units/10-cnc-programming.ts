import {
  ESCO_PERFORM_TEST_RUN,
  ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
  ESCO_PROGRAM_CNC_CONTROLLER,
  ESCO_USE_CAM_SOFTWARE,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-10',
  title: {
    de: 'Programmieren numerisch gesteuerter Werkzeugmaschinen',
    en: 'Programming numerically controlled machine tools',
    lt: 'Skaitmeniniu programiniu valdymu valdomų staklių programavimas',
    lv: 'Ciparu programmvadības darbgaldu programmēšana',
  },
  description: {
    de: 'Erstellen, Eingeben, Testen, Ändern und Optimieren von CNC-Programmen nach DIN 66025/ISO 6983 für Dreh- und Fräsmaschinen; Datenein- und -ausgabe über Netzwerk und Datenträger; Datensicherung.',
    en: 'Creating, entering, testing, changing and optimising CNC programs to DIN 66025/ISO 6983 for turning and milling machines; data input and output via network and storage media; data backup.',
    lt: 'CNC programų tekinimo ir frezavimo staklėms kūrimas, įvedimas, tikrinimas, keitimas ir optimizavimas pagal DIN 66025 / ISO 6983; duomenų įvedimas ir išvedimas per tinklą ir laikmenas; atsarginių duomenų kopijų darymas.',
    lv: 'CNC programmu izveide, ievade, testēšana, maiņa un optimizēšana virpošanas un frēzēšanas darbgaldiem saskaņā ar DIN 66025 / ISO 6983; datu ievade un izvade caur tīklu un datu nesējiem; datu rezerves kopēšana.',
  },
  eqfLevel: 4,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 2,
  areas: ['digital-production', 'digital-work'],
  escoSkills: [ESCO_PROGRAM_CNC_CONTROLLER],
  prerequisiteCodes: ['ZM-02', 'ZM-08'],
  assessment: {
    methods: ['practical-task', 'written-exam'],
    criteria: {
      de: 'Das CNC-Programm für ein Drehteil mit Außen- und Innenkontur, Einstich und Gewinde läuft in der Simulation kollisionsfrei; Zyklen und Werkzeugradiuskorrektur sind richtig eingesetzt; die Programmversion ist gesichert und dokumentiert.',
      en: 'The CNC program for a turned part with external and internal contour, groove and thread runs collision-free in the simulation; cycles and tool radius compensation are used correctly; the program version is backed up and documented.',
      lt: 'Tekinamos detalės su išoriniu ir vidiniu kontūru, grioveliu ir sriegiu CNC programa simuliacijoje veikia be susidūrimų; ciklai ir įrankio spindulio korekcija taikomi teisingai; programos versija išsaugota ir dokumentuota.',
      lv: 'Virpojamas detaļas ar ārējo un iekšējo kontūru, rievu un vītni CNC programma simulācijā darbojas bez sadursmēm; cikli un instrumenta rādiusa korekcija ir izmantoti pareizi; programmas versija ir saglabāta un dokumentēta.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt den Aufbau von CNC-Programmen nach DIN 66025/ISO 6983 mit Weg-, Schalt- und Zusatzfunktionen (G- und M-Befehle) sowie die Koordinatensysteme und Bezugspunkte der Maschine.',
        en: 'Explains the structure of CNC programs to DIN 66025/ISO 6983 with preparatory, switching and miscellaneous functions (G and M codes) and the coordinate systems and reference points of the machine.',
        lt: 'Paaiškina CNC programų sandarą pagal DIN 66025 / ISO 6983, parengiamąsias ir pagalbines funkcijas (G ir M komandas), staklių koordinačių sistemas ir bazinius taškus.',
        lv: 'Izskaidro CNC programmu uzbūvi saskaņā ar DIN 66025 / ISO 6983, sagatavošanas un palīgfunkcijas (G un M komandas), kā arī darbgalda koordinātu sistēmas un bāzes punktus.',
      },
    },
    {
      category: 'knowledge',
      text: {
        de: 'Beschreibt die Unterschiede zwischen manueller Programmierung, werkstattorientierter Programmierung und CAM-Systemen.',
        en: 'Describes the differences between manual programming, shop-floor programming and CAM systems.',
        lt: 'Apibūdina rankinio programavimo, programavimo prie staklių ir CAM sistemų skirtumus.',
        lv: 'Raksturo atšķirības starp manuālo programmēšanu, programmēšanu pie darbgalda un CAM sistēmām.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PROGRAM_CNC_CONTROLLER, ESCO_USE_CAM_SOFTWARE],
      criteria: {
        de: 'Das Programm läuft in der Simulation ohne Kollision und fertigt das Prüfteil innerhalb der Zeichnungstoleranzen.',
        en: 'The program runs in the simulation without collision and produces the test part within the drawing tolerances.',
        lt: 'Programa simuliacijoje veikia be susidūrimų, o bandomoji detalė pagaminama laikantis brėžinio tolerancijų.',
        lv: 'Programma simulācijā darbojas bez sadursmēm, un pārbaudes detaļa tiek izgatavota rasējuma pielaižu robežās.',
      },
      text: {
        de: 'Erstellt CNC-Programme für Dreh- und Frästeile mit Konturbeschreibung, Bearbeitungszyklen und Werkzeugradiuskorrektur.',
        en: 'Creates CNC programs for turned and milled parts with contour description, machining cycles and tool radius compensation.',
        lt: 'Kuria CNC programas tekinamoms ir frezuojamoms detalėms su kontūro aprašu, apdirbimo ciklais ir įrankio spindulio korekcija.',
        lv: 'Izveido CNC programmas virpojamām un frēzējamām detaļām ar kontūras ģeometrijas aprakstu, apstrādes cikliem un instrumenta rādiusa korekciju.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE],
      text: {
        de: 'Überträgt Programme über Netzwerk, DNC oder USB-Datenträger in die CNC-Steuerung und gibt geänderte Programme wieder aus.',
        en: 'Transfers programs into the CNC control via network, DNC or USB storage device and outputs changed programs again.',
        lt: 'Perkelia programas į CNC valdiklį per tinklą, DNC arba USB laikmeną ir vėl išveda pakeistas programas.',
        lv: 'Pārsūta programmas uz CNC vadības iekārtu caur tīklu, DNC vai USB datu nesēju un atkal izvada mainītās programmas.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PROGRAM_CNC_CONTROLLER, ESCO_PERFORM_TEST_RUN],
      criteria: {
        de: 'Optimierte Verfahrwege und Schnittwerte sind dokumentiert; die Hauptzeit sinkt ohne Verlust an Maßhaltigkeit.',
        en: 'Optimised traverse paths and cutting values are documented; the machining time falls without loss of dimensional accuracy.',
        lt: 'Optimizuotos judėjimo trajektorijos ir pjovimo režimai dokumentuoti; pagrindinis laikas sutrumpėja neprarandant matmenų tikslumo.',
        lv: 'Optimizētie pārvietošanās ceļi un griešanas režīmi ir dokumentēti; pamatlaiks samazinās, nezaudējot izmēru precizitāti.',
      },
      text: {
        de: 'Testet Programme in der Grafiksimulation und im Einzelsatzbetrieb, ändert sie an der Steuerung und optimiert Verfahrwege und Schnittwerte.',
        en: 'Tests programs in graphic simulation and single-block mode, changes them at the control and optimises traverse paths and cutting values.',
        lt: 'Tikrina programas grafinėje simuliacijoje ir vieno kadro režimu, keičia jas valdiklyje ir optimizuoja judėjimo trajektorijas bei pjovimo režimus.',
        lv: 'Pārbauda programmas grafiskajā simulācijā un atsevišķu bloku režīmā, maina tās vadības pultī un optimizē pārvietošanās ceļus un griešanas režīmus.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Sichert freigegebene Programme versioniert auf dem Programmserver und verhindert, dass ungeprüfte Programme in der Serie eingesetzt werden.',
        en: 'Backs up released programs with versions on the program server and prevents untested programs from being used in series production.',
        lt: 'Išsaugo patvirtintas programas su versijomis programų serveryje ir neleidžia nepatikrintų programų naudoti serijinėje gamyboje.',
        lv: 'Saglabā apstiprinātās programmas ar versijām programmu serverī un nepieļauj nepārbaudītu programmu izmantošanu sērijveida ražošanā.',
      },
    },
  ],
};
