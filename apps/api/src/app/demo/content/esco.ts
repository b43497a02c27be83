import type { EscoReference } from '@curriculum-builder/curriculum';

/** ESCO v1.2 concepts used by the demo content; URIs copied from ESCO, never invented. */
export const ESCO_CNC_MACHINE_OPERATOR: EscoReference = {
  uri: 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
  label: { de: 'CNC-Maschinenbediener/in', en: 'CNC machine operator' },
};

export const ESCO_INDUSTRIAL_ROBOT_CONTROLLER: EscoReference = {
  uri: 'http://data.europa.eu/esco/occupation/5001506f-dd7d-4801-92ac-6f7e93b45133',
  label: { de: 'Industrieroboterführer/in', en: 'industrial robot controller' },
};

export const ESCO_PROGRAM_CNC_CONTROLLER: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
  label: { de: 'CNC-Steuerung programmieren', en: 'program a CNC controller' },
};

export const ESCO_PERFORM_TEST_RUN: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/465ff64a-1271-4064-8ed1-e969cb68d8b4',
  label: { de: 'Probelauf durchführen', en: 'perform test run' },
};

export const ESCO_USE_CAM_SOFTWARE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/7a757fa5-9a6f-43ab-9e66-f8f4dba1ffcb',
  label: { de: 'CAM-Software verwenden', en: 'use CAM software' },
};
