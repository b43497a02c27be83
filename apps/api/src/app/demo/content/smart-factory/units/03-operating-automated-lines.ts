import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-03',
  title: {
    en: 'Operating automated production lines',
    de: 'Bedienen automatisierter Produktionslinien',
  },
  description: {
    en: 'Starting, operating and stopping automated lines via the HMI, changing over products, supplying material, carrying out in-process checks and clearing simple faults.',
    de: 'Anfahren, Bedienen und Stillsetzen automatisierter Linien über das Bedienpanel (HMI), Produktwechsel, Materialversorgung, Prüfungen im Prozess und Beseitigen einfacher Störungen.',
  },
  eqfLevel: 3,
  ecvetPoints: 25,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 2,
  areas: ['digital-production', 'digital-work'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/7aa52bdc-9c56-4341-be65-e8e30f64403f',
      label: { en: 'monitor automated machines' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/dcd2bc5e-043a-433c-b74b-ce9504474341',
      label: { en: 'adjust manufacturing equipment' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/a1a032e1-4b7a-4603-8516-43d83707ffac',
      label: { en: 'set up machine controls' },
    },
  ],
  prerequisiteCodes: ['SFO-01', 'SFO-02'],
  assessment: {
    methods: ['practical-task', 'observation-at-work'],
    criteria: {
      en: 'Carries out a product changeover with recipe selection within the specified time; clears three simulated faults safely; the shift book entries are complete and readable.',
      de: 'Führt einen Produktwechsel mit Rezepturauswahl in der vorgegebenen Zeit durch; beseitigt drei simulierte Störungen sicher; die Einträge im Schichtbuch sind vollständig und lesbar.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Describes the structure of an automated line, the operating modes of the HMI and the meaning of alarms and status lights.',
        de: 'Beschreibt den Aufbau einer automatisierten Linie, die Betriebsarten des Bedienpanels und die Bedeutung von Alarmen und Signalleuchten.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Starts up, operates and shuts down the line via the HMI according to the work instruction, including a product changeover with recipe selection.',
        de: 'Fährt die Linie nach Arbeitsanweisung über das Bedienpanel an, bedient sie und setzt sie still, einschließlich Produktwechsel mit Rezepturauswahl.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Supplies material just in time, changes consumables and carries out visual and dimensional checks during the process.',
        de: 'Versorgt die Linie bedarfsgerecht mit Material, wechselt Verbrauchsmaterial und führt Sicht- und Maßprüfungen im Prozess durch.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Acknowledges alarms, clears simple faults such as jammed parts and restarts the line safely.',
        de: 'Quittiert Alarme, beseitigt einfache Störungen wie verklemmte Teile und startet die Linie sicher wieder an.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Documents quantities, faults and measures in the shift book and informs the line leader when faults recur.',
        de: 'Dokumentiert Stückzahlen, Störungen und Maßnahmen im Schichtbuch und informiert die Linienführung bei wiederkehrenden Störungen.',
      },
    },
  ],
};
