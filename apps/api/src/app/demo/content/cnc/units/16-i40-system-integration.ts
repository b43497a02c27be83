import { ESCO_PERFORM_ICT_TROUBLESHOOTING, ESCO_TROUBLESHOOT } from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-I40-1',
  title: {
    de: 'Zusatzqualifikation Systemintegration',
    en: 'Add-on qualification: system integration',
  },
  description: {
    de: 'Vernetzen von Werkzeugmaschinen, Sensoren und Peripherie in cyber-physischen Produktionssystemen, Anpassen von Parametern der Datenkommunikation, Prüfen der Funktion und Absichern vernetzter Systeme (8 Wochen).',
    en: 'Networking machine tools, sensors and peripherals in cyber-physical production systems, adapting data communication parameters, testing the function and securing networked systems (8 weeks).',
  },
  eqfLevel: 4,
  ecvetPoints: 10,
  mandatory: false,
  electiveGroup: null,
  addOn: true,
  year: 4,
  term: 1,
  areas: ['digital-production', 'digital-work'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-08', 'ZM-11'],
  assessment: {
    methods: ['project', 'oral-exam'],
    criteria: {
      de: 'Ein Bearbeitungszentrum ist mit Messtaster und Werkzeugdatenbank vernetzt; die Datenübertragung ist geprüft und protokolliert; Zugriffsrechte und Firewall-Regeln entsprechen der IT-Sicherheitsrichtlinie.',
      en: 'A machining centre is networked with a touch probe and the tool database; data transfer is tested and logged; access rights and firewall rules comply with the IT security policy.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Netzwerkarchitekturen, Feldbusse und Schnittstellen wie OPC UA und MTConnect in der vernetzten Fertigung.',
        en: 'Explains network architectures, fieldbuses and interfaces such as OPC UA and MTConnect in networked production.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Bindet Werkzeugmaschinen, Messtaster und Werkzeugvoreinstellgeräte in das Produktionsnetz ein und konfiguriert die Datenkommunikation.',
        en: 'Integrates machine tools, touch probes and tool presetters into the production network and configures data communication.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PERFORM_ICT_TROUBLESHOOTING, ESCO_TROUBLESHOOT],
      text: {
        de: 'Prüft vernetzte Systeme mit Diagnosewerkzeugen und grenzt Kommunikationsfehler systematisch ein.',
        en: 'Tests networked systems with diagnostic tools and isolates communication errors systematically.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Setzt Maßnahmen der Informationssicherheit an vernetzten Maschinen um und stimmt Änderungen mit der IT-Abteilung ab.',
        en: 'Implements information security measures on networked machines and agrees changes with the IT department.',
      },
    },
  ],
};
