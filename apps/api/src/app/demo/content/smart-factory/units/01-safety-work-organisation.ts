import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-01',
  title: {
    en: 'Safety and work organisation in networked production',
    de: 'Arbeitssicherheit und Arbeitsorganisation in der vernetzten Produktion',
    et: 'Tööohutus ja töökorraldus võrgustatud tootmises',
  },
  description: {
    en: 'Occupational safety rules for automated cells and robots, lockout/tagout, 5S workplace organisation, shift handover and quality awareness in a networked factory.',
    de: 'Regeln der Arbeitssicherheit an automatisierten Zellen und Robotern, Sichern gegen Wiedereinschalten (Lockout/Tagout), 5S-Arbeitsplatzorganisation, Schichtübergabe und Qualitätsbewusstsein in der vernetzten Fabrik.',
    et: 'Tööohutuse nõuded automatiseeritud rakkudes ja robotite juures, seadmete lukustamine ja märgistamine (lockout/tagout), 5S töökoha korraldus, vahetuse üleandmine ja kvaliteediteadlikkus võrgustatud tehases.',
  },
  eqfLevel: 3,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 1,
  areas: ['organisational-learning'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/1dd23dba-dd00-45ab-abf4-642902538317',
      label: { en: 'perform risk analysis' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc',
      label: { en: 'wear appropriate protective gear' },
    },
  ],
  prerequisiteCodes: [],
  assessment: {
    methods: ['practical-task', 'observation-at-work'],
    criteria: {
      en: 'Applies lockout/tagout on a robot cell without error in a practical check; the 5S audit of their own workstation reaches at least 80 %; the shift handover record is complete.',
      de: 'Wendet Lockout/Tagout an einer Roboterzelle in der praktischen Prüfung fehlerfrei an; das 5S-Audit des eigenen Arbeitsplatzes erreicht mindestens 80 %; das Schichtübergabeprotokoll ist vollständig.',
      et: 'Rakendab praktilisel kontrollil robotirakus lockout/tagout-protseduuri veatult; oma töökoha 5S-audit annab vähemalt 80 %; vahetuse üleandmise protokoll on täielik.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Explains the hazards of automated cells, the function of safety devices such as light curtains and door interlocks, and the lockout/tagout procedure.',
        de: 'Erklärt die Gefährdungen an automatisierten Zellen, die Funktion von Schutzeinrichtungen wie Lichtgittern und Türverriegelungen sowie das Lockout/Tagout-Verfahren.',
        et: 'Selgitab automatiseeritud rakkude ohte, kaitseseadiste nagu valguskardinate ja ukseblokeeringute toimimist ning lockout/tagout-protseduuri.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Secures machines and robot cells against restarting before cleaning or fault clearance and checks that the safety devices work.',
        de: 'Sichert Maschinen und Roboterzellen vor dem Reinigen oder der Störungsbeseitigung gegen Wiedereinschalten und prüft die Funktion der Schutzeinrichtungen.',
        et: 'Lukustab masinad ja robotirakud enne puhastamist või rikke kõrvaldamist taaskäivitamise vastu ning kontrollib kaitseseadiste toimimist.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Organises their workstation according to 5S and keeps materials, tools and containers at the defined places.',
        de: 'Organisiert den Arbeitsplatz nach 5S und hält Material, Werkzeuge und Behälter an den festgelegten Plätzen bereit.',
        et: 'Korraldab oma töökoha 5S põhimõtete järgi ning hoiab materjalid, tööriistad ja mahutid kindlaksmääratud kohtades.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Hands over the shift with a complete record of faults, quantities and open tasks and stops work when safety is at risk.',
        de: 'Übergibt die Schicht mit vollständigem Protokoll zu Störungen, Stückzahlen und offenen Aufgaben und unterbricht die Arbeit, wenn die Sicherheit gefährdet ist.',
        et: 'Annab vahetuse üle täieliku ülevaatega riketest, kogustest ja lahtistest ülesannetest ning katkestab töö, kui ohutus on ohus.',
      },
    },
  ],
};
