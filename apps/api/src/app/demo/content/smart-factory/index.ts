import { DEFAULT_THRESHOLDS } from '@curriculum-builder/curriculum';
import { ESCO_INDUSTRIAL_ROBOT_CONTROLLER } from '../esco';
import type { DemoCurriculum } from '../types';
import { unit as safetyWorkOrganisation } from './units/01-safety-work-organisation';
import { unit as mechanicalElectricalBasics } from './units/02-mechanical-electrical-basics';
import { unit as operatingAutomatedLines } from './units/03-operating-automated-lines';
import { unit as industrialRobots } from './units/04-industrial-robots';
import { unit as productionDataNetworks } from './units/05-production-data-networks';
import { unit as qualityConditionMonitoring } from './units/06-quality-condition-monitoring';
import { unit as troubleshootingImprovement } from './units/07-troubleshooting-improvement';
import { workBasedLearning } from './work-based-learning';

/**
 * Draft demo curriculum for a two-year smart factory operator programme (EQF 3). Being a draft,
 * Estonian texts exist only for some units: a realistic gap the rule engine flags.
 */
export const smartFactoryOperatorCurriculum: DemoCurriculum = {
  status: 'draft',
  code: 'SFO-2025',
  title: {
    en: 'Smart factory operator',
    de: 'Fachkraft für vernetzte Produktion',
    et: 'Nutitehase operaator',
  },
  description: {
    en: 'Two-year programme for operating networked production lines and robot cells: safe operation, line and robot handling, production data, quality and condition monitoring, troubleshooting and continuous improvement.',
    de: 'Zweijähriger Bildungsgang zum Bedienen vernetzter Produktionslinien und Roboterzellen: sicherer Betrieb, Linien- und Roboterbedienung, Produktionsdaten, Qualitäts- und Zustandsüberwachung, Fehlersuche und kontinuierliche Verbesserung.',
    et: 'Kaheaastane õppekava võrgustatud tootmisliinide ja robotirakkude käitamiseks: ohutu töö, liinide ja robotite käsitsemine, tootmisandmed, kvaliteedi ja seisundi jälgimine, rikete otsing ning pidev parendamine.',
  },
  eqfLevel: 3,
  nqfLevel: 3,
  iscedFCode: '0714',
  occupation: ESCO_INDUSTRIAL_ROBOT_CONTROLLER,
  durationMonths: 24,
  referenceDurationMonths: 24,
  programmeForm: 'school-based',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 120,
  primaryLanguage: 'en',
  languages: ['en', 'de', 'et'],
  electiveGroups: [],
  thresholds: DEFAULT_THRESHOLDS,
  units: [
    safetyWorkOrganisation,
    mechanicalElectricalBasics,
    operatingAutomatedLines,
    industrialRobots,
    productionDataNetworks,
    qualityConditionMonitoring,
    troubleshootingImprovement,
  ],
  workBasedLearning,
};
