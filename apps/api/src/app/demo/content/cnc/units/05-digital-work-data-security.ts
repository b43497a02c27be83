import { ESCO_CONSULT_TECHNICAL_RESOURCES } from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-05',
  title: {
    de: 'Digitalisierte Arbeitswelt, Datenschutz und Informationssicherheit',
    en: 'Digitalised work, data protection and information security',
  },
  description: {
    de: 'Nutzen digitaler Medien und betrieblicher IT-Systeme, Schutz personenbezogener Daten nach DSGVO, sicherer Umgang mit Passwörtern, USB-Datenträgern und vernetzten Maschinen.',
    en: 'Using digital media and company IT systems, protecting personal data under the GDPR, handling passwords, USB storage devices and networked machines securely.',
  },
  eqfLevel: 3,
  ecvetPoints: 5,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 2,
  areas: ['digital-work'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-01'],
  assessment: {
    methods: ['written-exam', 'portfolio'],
    criteria: {
      de: 'Erkennt in einer Fallaufgabe Phishing-Merkmale und unzulässige Datenweitergaben; das Portfolio dokumentiert die Ablage von Fertigungsdaten nach der betrieblichen IT-Richtlinie.',
      en: 'Recognises phishing signs and unauthorised data disclosures in a case task; the portfolio documents the filing of production data according to the company IT policy.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt die Grundsätze der DSGVO und die Regeln der betrieblichen IT-Sicherheitsrichtlinie.',
        en: 'Explains the principles of the GDPR and the rules of the company IT security policy.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_CONSULT_TECHNICAL_RESOURCES],
      text: {
        de: 'Recherchiert technische Informationen in digitalen Katalogen und Herstellerportalen und bewertet deren Zuverlässigkeit.',
        en: 'Researches technical information in digital catalogues and manufacturer portals and assesses its reliability.',
      },
    },
    {
      category: 'skill',
      text: {
        de: 'Legt Fertigungsdaten und Dokumente versioniert im Netzlaufwerk ab und nutzt nur freigegebene Datenträger.',
        en: 'Files production data and documents with versions on the network drive and uses only approved storage devices.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Meldet Sicherheitsvorfälle wie verdächtige E-Mails oder Schadsoftware sofort der IT-Abteilung und gibt keine Zugangsdaten weiter.',
        en: 'Reports security incidents such as suspicious e-mails or malware to the IT department immediately and never passes on access credentials.',
      },
    },
  ],
};
