import {
  ESCO_INSTALL_PNEUMATIC_SYSTEMS,
  ESCO_PNEUMATICS,
  ESCO_PROGRAMMABLE_LOGIC_CONTROLLER,
  ESCO_TROUBLESHOOT,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-08',
  title: {
    de: 'Steuerungstechnik: Pneumatik, Elektropneumatik und SPS-Grundlagen',
    en: 'Control technology: pneumatics, electropneumatics and PLC basics',
  },
  description: {
    de: 'Aufbau und Funktion pneumatischer und elektropneumatischer Steuerungen, Schaltpläne nach DIN ISO 1219, Sensoren und Aktoren, Grundlagen speicherprogrammierbarer Steuerungen an Spann- und Zuführeinrichtungen.',
    en: 'Structure and function of pneumatic and electropneumatic controls, circuit diagrams to DIN ISO 1219, sensors and actuators, basics of programmable logic controllers on clamping and feeding devices.',
  },
  eqfLevel: 4,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 1,
  areas: ['digital-production'],
  escoSkills: [],
  prerequisiteCodes: ['ZM-04'],
  assessment: {
    methods: ['practical-task', 'written-exam'],
    criteria: {
      de: 'Die pneumatische Spannsteuerung ist nach Schaltplan aufgebaut und funktioniert; ein Fehler im Sensorkreis wird in höchstens 20 Minuten systematisch gefunden; das SPS-Programm für die Zuführung erfüllt die Ablaufbeschreibung.',
      en: 'The pneumatic clamping control is built according to the circuit diagram and works; a fault in the sensor circuit is found systematically within 20 minutes; the PLC program for the feeder meets the sequence description.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      escoSkills: [ESCO_PNEUMATICS],
      text: {
        de: 'Erklärt Signalfluss, Schaltzeichen und Funktionsweise von Ventilen, Zylindern, Sensoren und Aktoren.',
        en: 'Explains the signal flow, circuit symbols and operation of valves, cylinders, sensors and actuators.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_INSTALL_PNEUMATIC_SYSTEMS],
      text: {
        de: 'Baut pneumatische und elektropneumatische Steuerungen nach Schaltplan auf und nimmt sie in Betrieb.',
        en: 'Builds pneumatic and electropneumatic controls according to the circuit diagram and commissions them.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_PROGRAMMABLE_LOGIC_CONTROLLER],
      text: {
        de: 'Erstellt und testet einfache SPS-Programme mit Verknüpfungen, Zeitgliedern und Ablaufketten.',
        en: 'Creates and tests simple PLC programs with logic operations, timers and sequencers.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_TROUBLESHOOT],
      text: {
        de: 'Sucht Fehler in Steuerungen systematisch mit Schaltplan, Signalanzeigen und Messgerät.',
        en: 'Troubleshoots controls systematically with the circuit diagram, signal indicators and a measuring instrument.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        de: 'Beachtet die Grenzen der eigenen Befugnis an elektrischen Anlagen und zieht bei Arbeiten an Netzspannung eine Elektrofachkraft hinzu.',
        en: 'Respects the limits of their own authority on electrical systems and calls in a qualified electrician for work on mains voltage.',
      },
    },
  ],
};
