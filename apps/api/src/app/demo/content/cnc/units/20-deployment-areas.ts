import type { EscoReference } from '@curriculum-builder/curriculum';
import {
  ESCO_APPLY_CONTROL_PROCESS_STATISTICAL_METHODS,
  ESCO_INTERPRET_GEOMETRIC_DIMENSIONS_AND_TOLERANCES,
  ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
  ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
  ESCO_SUPPLY_MACHINE,
  ESCO_TEND_CNC_GRINDING_MACHINE,
  ESCO_TEND_CNC_MILLING_MACHINE,
  ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE,
} from '../../esco';
import type { DemoUnit } from '../../types';

/**
 * The four company deployment areas ("Einsatzgebiete") of the training regulation: the training
 * company chooses one, in which the apprentice deepens the last year's work (elective group EG,
 * "choose 1 of 4").
 */
interface DeploymentArea {
  readonly code: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly machines: { readonly de: string; readonly en: string };
  readonly work: { readonly de: string; readonly en: string };
  readonly check: { readonly de: string; readonly en: string };
  /** The ESCO skills of the whole unit, of its set-up outcome and of its inspection outcome. */
  readonly escoSkills: {
    readonly unit: readonly EscoReference[];
    readonly setUp: readonly EscoReference[];
    readonly check: readonly EscoReference[];
  };
}

const AREAS: readonly DeploymentArea[] = [
  {
    code: 'ZM-EG-1',
    title: { de: 'Einsatzgebiet Drehmaschinensysteme', en: 'Deployment area: lathe systems' },
    machines: { de: 'CNC-Drehmaschinen und Drehzentren', en: 'CNC lathes and turning centres' },
    work: {
      de: 'Wellen, Flansche und Buchsen mit Gewinden, Einstichen und Passungen drehen',
      en: 'turn shafts, flanges and bushes with threads, grooves and fits',
    },
    check: {
      de: 'Rundlauf, Durchmesser und Gewinde mit Messschraube, Gewindelehre und Messuhr',
      en: 'run-out, diameters and threads with micrometers, thread gauges and dial indicators',
    },
    escoSkills: {
      unit: [ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE],
      setUp: [
        ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE,
        ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE,
      ],
      check: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT],
    },
  },
  {
    code: 'ZM-EG-2',
    title: {
      de: 'Einsatzgebiet Drehautomatensysteme',
      en: 'Deployment area: automatic lathe systems',
    },
    machines: {
      de: 'Langdreh- und Mehrspindeldrehautomaten mit Stangenlader',
      en: 'sliding-head and multi-spindle automatic lathes with bar loaders',
    },
    work: {
      de: 'Serienteile von der Stange mit angetriebenen Werkzeugen und Gegenspindel fertigen',
      en: 'produce series parts from bar stock with driven tools and a sub-spindle',
    },
    check: {
      de: 'Serienmaße mit statistischer Prozesslenkung (Regelkarte)',
      en: 'series dimensions with statistical process control (control chart)',
    },
    escoSkills: {
      unit: [ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE],
      setUp: [ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE, ESCO_SUPPLY_MACHINE],
      check: [
        ESCO_APPLY_CONTROL_PROCESS_STATISTICAL_METHODS,
        ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
      ],
    },
  },
  {
    code: 'ZM-EG-3',
    title: { de: 'Einsatzgebiet Fräsmaschinensysteme', en: 'Deployment area: milling systems' },
    machines: {
      de: 'Bearbeitungszentren mit drei bis fünf Achsen',
      en: 'three- to five-axis machining centres',
    },
    work: {
      de: 'Gehäuse und Platten mit Taschen, Bohrbildern und Freiformflächen fräsen',
      en: 'mill housings and plates with pockets, hole patterns and free-form surfaces',
    },
    check: {
      de: 'Lage- und Formtoleranzen mit dem Messtaster der Maschine und dem Koordinatenmessgerät',
      en: 'position and form tolerances with the machine probe and the coordinate measuring machine',
    },
    escoSkills: {
      unit: [ESCO_TEND_CNC_MILLING_MACHINE],
      setUp: [ESCO_TEND_CNC_MILLING_MACHINE, ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE],
      check: [
        ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT,
        ESCO_INTERPRET_GEOMETRIC_DIMENSIONS_AND_TOLERANCES,
      ],
    },
  },
  {
    code: 'ZM-EG-4',
    title: {
      de: 'Einsatzgebiet Schleifmaschinensysteme',
      en: 'Deployment area: grinding systems',
    },
    machines: {
      de: 'CNC-Rund- und Flachschleifmaschinen',
      en: 'CNC cylindrical and surface grinding machines',
    },
    work: {
      de: 'gehärtete Wellen und Führungsflächen auf Endmaß schleifen und Schleifscheiben abrichten',
      en: 'grind hardened shafts and guide surfaces to final size and dress grinding wheels',
    },
    check: {
      de: 'Maß, Rundheit und Rauheit Ra 0,4 mit Feinzeiger und Rauheitsmessgerät',
      en: 'size, roundness and roughness Ra 0.4 with a precision comparator and a roughness tester',
    },
    escoSkills: {
      unit: [ESCO_TEND_CNC_GRINDING_MACHINE],
      setUp: [ESCO_TEND_CNC_GRINDING_MACHINE, ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE],
      check: [ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT],
    },
  },
];

function deploymentArea(area: DeploymentArea): DemoUnit {
  return {
    code: area.code,
    title: area.title,
    description: {
      de: `Vertiefen der Fertigung im Einsatzgebiet des Ausbildungsbetriebs auf ${area.machines.de}: ${area.work.de}.`,
      en: `Deepening production in the training company's deployment area on ${area.machines.en}: ${area.work.en}.`,
    },
    eqfLevel: 4,
    ecvetPoints: 10,
    mandatory: false,
    electiveGroup: 'EG',
    addOn: false,
    year: 4,
    term: 1,
    areas: ['digital-production'],
    escoSkills: area.escoSkills.unit,
    prerequisiteCodes: ['ZM-12'],
    assessment: {
      methods: ['work-sample', 'observation-at-work'],
      criteria: {
        de: `Ein betrieblicher Auftrag im Einsatzgebiet ist zeichnungsgerecht gefertigt; geprüft sind ${area.check.de}.`,
        en: `A company order in the deployment area is produced to the drawing; checked are ${area.check.en}.`,
      },
    },
    outcomes: [
      {
        category: 'knowledge',
        text: {
          de: `Beschreibt Aufbau, Spannmittel und Werkzeuge von ${area.machines.de} und ihre Grenzen.`,
          en: `Describes the design, clamping devices and tools of ${area.machines.en} and their limits.`,
        },
      },
      {
        category: 'skill',
        escoSkills: area.escoSkills.setUp,
        text: {
          de: `Richtet ${area.machines.de} ein, um nach Zeichnung ${area.work.de}.`,
          en: `Sets up ${area.machines.en} to ${area.work.en} to the drawing.`,
        },
      },
      {
        category: 'skill',
        escoSkills: area.escoSkills.check,
        text: {
          de: `Prüft ${area.check.de} und dokumentiert die Ergebnisse im Prüfprotokoll.`,
          en: `Inspects ${area.check.en} and records the results in the inspection record.`,
        },
      },
      {
        category: 'responsibility-autonomy',
        text: {
          de: 'Übernimmt selbstständig Aufträge des Einsatzgebiets und stimmt Abweichungen mit der Qualitätssicherung ab.',
          en: 'Takes on orders of the deployment area independently and agrees deviations with quality assurance.',
        },
      },
    ],
  };
}

export const deploymentAreas: readonly DemoUnit[] = AREAS.map(deploymentArea);
