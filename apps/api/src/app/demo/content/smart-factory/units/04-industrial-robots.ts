import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-04',
  title: {
    en: 'Industrial robots: operation and teaching',
    de: 'Industrieroboter: Bedienen und Teachen',
    et: 'Tööstusrobotite käitamine ja õpetamine',
  },
  description: {
    en: 'Operating industrial and collaborative robots with the teach pendant, motion modes and coordinate systems, teaching and changing simple programs, changing grippers and safety requirements in the robot cell.',
    de: 'Bedienen von Industrierobotern und kollaborierenden Robotern mit dem Programmierhandgerät, Verfahrarten und Koordinatensysteme, Teachen und Ändern einfacher Programme, Greiferwechsel und Sicherheitsanforderungen in der Roboterzelle.',
    et: 'Tööstusrobotite ja koostöörobotite käsitsemine õpetuspuldiga, liikumisrežiimid ja koordinaatsüsteemid, lihtsate programmide õpetamine ja muutmine, haaratsite vahetamine ning ohutusnõuded robotirakus.',
  },
  eqfLevel: 3,
  ecvetPoints: 20,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 1,
  areas: ['digital-production', 'innovation-capacity'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/7a950986-27fe-4b6c-adf3-88f211e77019',
      label: { en: 'robotic components' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/7341904f-5913-470c-8c53-bc832df248ec',
      label: { en: 'maintain robotic equipment' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/e975b791-b488-4935-be44-06f2f9a443bb',
      label: { en: 'set up automotive robot' },
    },
  ],
  prerequisiteCodes: ['SFO-03'],
  assessment: {
    methods: ['practical-task', 'oral-exam'],
    criteria: {
      en: 'Teaches a pick-and-place program with at least six positions and a gripper signal; the program runs in automatic mode without collision; the robot is moved only at reduced speed (T1) while teaching.',
      de: 'Teacht ein Pick-and-Place-Programm mit mindestens sechs Positionen und einem Greifersignal; das Programm läuft im Automatikbetrieb kollisionsfrei; beim Teachen wird nur mit reduzierter Geschwindigkeit (T1) verfahren.',
      et: 'Õpetab vähemalt kuue positsiooni ja haaratsisignaaliga korja-ja-aseta-programmi; programm töötab automaatrežiimis kokkupõrgeteta; õpetamise ajal liigutatakse robotit ainult vähendatud kiirusega (T1).',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Explains robot axes, the world, base and tool coordinate systems and the operating modes T1, T2 and automatic.',
        de: 'Erklärt Roboterachsen, Welt-, Basis- und Werkzeugkoordinatensystem sowie die Betriebsarten T1, T2 und Automatik.',
        et: 'Selgitab roboti telgi, maailma-, baas- ja tööriista koordinaatsüsteemi ning töörežiime T1, T2 ja automaatrežiimi.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Jogs the robot with the teach pendant in axis-specific and Cartesian mode and teaches and corrects positions.',
        de: 'Verfährt den Roboter mit dem Programmierhandgerät achsspezifisch und kartesisch und teacht und korrigiert Positionen.',
        et: 'Liigutab robotit õpetuspuldiga teljepõhiselt ja ristkoordinaatides ning õpetab ja korrigeerib positsioone.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Changes grippers and suction cups, checks the tool centre point (TCP) and restarts the robot cell after a stop.',
        de: 'Wechselt Greifer und Sauger, prüft den Werkzeugmittelpunkt (TCP) und startet die Roboterzelle nach einem Stopp wieder an.',
        et: 'Vahetab haaratseid ja iminappasid, kontrollib tööriista keskpunkti (TCP) ning taaskäivitab robotiraku pärast seiskamist.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Works in collaborative operation only within the released speed and force limits and reports changed robot behaviour to the supervisor.',
        de: 'Arbeitet im kollaborierenden Betrieb nur innerhalb der freigegebenen Geschwindigkeits- und Kraftgrenzen und meldet verändertes Roboterverhalten der Vorgesetzten.',
        et: 'Töötab koostöörežiimis ainult lubatud kiiruse- ja jõupiirides ning teatab roboti muutunud käitumisest juhendajale.',
      },
    },
  ],
};
