import { DEFAULT_THRESHOLDS } from '@curriculum-builder/curriculum';
import { ESCO_CNC_MACHINE_OPERATOR } from '../esco';
import type { DemoCurriculum } from '../types';
import { unit as companySafetyEnvironment } from './units/01-company-safety-environment';
import { unit as communicationTechnicalDrawings } from './units/02-communication-technical-drawings';
import { unit as materialsManualMachineBasics } from './units/03-materials-manual-machine-basics';
import { unit as componentsAssemblies } from './units/04-components-assemblies';
import { unit as digitalWorkDataSecurity } from './units/05-digital-work-data-security';
import { unit as planningOrganisingWork } from './units/06-planning-organising-work';
import { unit as maintainingEquipment } from './units/07-maintaining-equipment';
import { unit as controlTechnology } from './units/08-control-technology';
import { unit as planningProductionProcess } from './units/09-planning-production-process';
import { unit as cncProgramming } from './units/10-cnc-programming';
import { unit as settingUpMachineTools } from './units/11-setting-up-machine-tools';
import { unit as producingWorkpieces } from './units/12-producing-workpieces';
import { unit as businessProcessesQuality } from './units/13-business-processes-quality';
import { unit as monitoringOptimisingProduction } from './units/14-monitoring-optimising-production';
import { unit as complexProductionOrder } from './units/15-complex-production-order';
import { unit as i40SystemIntegration } from './units/16-i40-system-integration';
import { unit as i40ProcessIntegration } from './units/17-i40-process-integration';
import { unit as i40AdditiveManufacturing } from './units/18-i40-additive-manufacturing';
import { unit as i40ItPlantModification } from './units/19-i40-it-plant-modification';
import { assessmentPlan } from './assessment-plan';
import { deploymentAreas } from './units/20-deployment-areas';
import { workBasedLearning } from './work-based-learning';

/**
 * Published demo curriculum modelled on the German training regulation for the
 * "Zerspanungsmechaniker/in" (3.5 years, EQF 4, 210 ECVET points): 200 points of mandatory units,
 * one of the four company deployment areas ("choose 1 of 4", 10 points), and the four Industry 4.0
 * add-on qualifications ("Zusatzqualifikationen") as extras outside the 210 points. German and
 * English are required; the Lithuanian and Latvian translations are optional (in progress). The
 * final examination comes in two parts (40 % in year 2, 60 % at the end).
 */
export const cncMachiningCurriculum: DemoCurriculum = {
  status: 'published',
  code: 'ZM-CNC-2018',
  qualificationCode: 'ZM-2018',
  title: {
    de: 'Zerspanungsmechaniker/in – CNC-Fertigungstechnik',
    en: 'Cutting machining mechanic – CNC machining',
    lt: 'Metalo apdirbimo pjovimu mechanikas – CNC staklių operatorius',
    lv: 'Metālapstrādes mehāniķis – CNC darbgaldu operators',
  },
  description: {
    de: 'Dreieinhalbjährige duale Berufsausbildung nach der Ausbildungsordnung für industrielle Metallberufe (2018): Programmieren, Einrichten und Bedienen von CNC-Dreh-, Fräs- und Schleifmaschinen, Überwachen der Fertigung und Qualitätssicherung, mit Zusatzqualifikationen für Industrie 4.0.',
    en: 'Three-and-a-half-year dual vocational training under the training regulation for industrial metal occupations (2018): programming, setting up and operating CNC turning, milling and grinding machines, monitoring production and quality assurance, with Industry 4.0 add-on qualifications.',
    lt: 'Trejų su puse metų dualinis profesinis mokymas pagal pramoninių metalo profesijų mokymo tvarką (2018): CNC tekinimo, frezavimo ir šlifavimo staklių programavimas, derinimas ir valdymas, gamybos stebėsena ir kokybės užtikrinimas, su Pramonės 4.0 papildomomis kvalifikacijomis.',
    lv: 'Trīsarpus gadu duālā profesionālā izglītība saskaņā ar rūpniecisko metālapstrādes profesiju apmācības noteikumiem (2018): CNC virpošanas, frēzēšanas un slīpēšanas darbgaldu programmēšana, iestatīšana un vadība, ražošanas uzraudzība un kvalitātes nodrošināšana, ar Industrija 4.0 papildu kvalifikācijām.',
  },
  eqfLevel: 4,
  nqfLevel: 4,
  iscedFCode: '0715',
  occupation: ESCO_CNC_MACHINE_OPERATOR,
  durationMonths: 42,
  referenceDurationMonths: 42,
  // German dual training: school and company (Berufsschule and Ausbildungsbetrieb).
  programmeForm: 'dual',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 210,
  primaryLanguage: 'de',
  languages: ['de', 'en', 'lt', 'lv'],
  requiredLanguages: ['de', 'en'],
  electiveGroups: [
    {
      code: 'EG',
      title: {
        de: 'Einsatzgebiet des Ausbildungsbetriebs',
        en: 'Deployment area of the training company',
        lt: 'Mokymo įmonės veiklos sritis',
        lv: 'Mācību uzņēmuma darbības joma',
      },
      pointsRequired: 10,
      rule: 'units',
      unitsRequired: 1,
    },
  ],
  assessmentPlan,
  thresholds: DEFAULT_THRESHOLDS,
  units: [
    companySafetyEnvironment,
    communicationTechnicalDrawings,
    materialsManualMachineBasics,
    componentsAssemblies,
    digitalWorkDataSecurity,
    planningOrganisingWork,
    maintainingEquipment,
    controlTechnology,
    planningProductionProcess,
    cncProgramming,
    settingUpMachineTools,
    producingWorkpieces,
    businessProcessesQuality,
    monitoringOptimisingProduction,
    complexProductionOrder,
    ...deploymentAreas,
    i40SystemIntegration,
    i40ProcessIntegration,
    i40AdditiveManufacturing,
    i40ItPlantModification,
  ],
  workBasedLearning,
};
