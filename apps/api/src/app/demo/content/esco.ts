import type { EscoReference } from '@curriculum-builder/curriculum';

/** ESCO v1.1.1 concepts used by the demo content; URIs copied from ESCO, never invented. */
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

// Skills of the shipped ESCO v1.1.1 subset (English labels only), linked by the CNC curriculum.

export const ESCO_3D_PRINTING_PROCESS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/2afb2b59-c9a3-4cf3-b1dd-1a2fad51e583',
  label: { en: '3D printing process' },
};

export const ESCO_APPLY_CONTROL_PROCESS_STATISTICAL_METHODS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/ee8fee1a-75c1-43fb-b08d-779929f99249',
  label: { en: 'apply control process statistical methods' },
};

export const ESCO_APPLY_PRECISION_METALWORKING_TECHNIQUES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/98d0c976-2966-4f72-831b-ffd1f531a2c6',
  label: { en: 'apply precision metalworking techniques' },
};

export const ESCO_ASSEMBLE_METAL_PARTS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/26071360-b2b1-4089-9c73-b51792b29ed5',
  label: { en: 'assemble metal parts' },
};

export const ESCO_CONSULT_TECHNICAL_RESOURCES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/9f34107c-8db0-4b00-84d8-3f64e400c80c',
  label: { en: 'consult technical resources' },
};

export const ESCO_CUTTING_TECHNOLOGIES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/2973b3bc-5893-4b3d-8953-22ef677a162f',
  label: { en: 'cutting technologies' },
};

export const ESCO_DISPOSE_OF_CUTTING_WASTE_MATERIAL: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/4f4ca760-970a-4839-9ce2-ab85ed66772e',
  label: { en: 'dispose of cutting waste material' },
};

export const ESCO_ENSURE_EQUIPMENT_AVAILABILITY: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/69f23426-9279-4fe6-a283-24c2aa4c855d',
  label: { en: 'ensure equipment availability' },
};

export const ESCO_FOLLOW_PROCEDURES_TO_CONTROL_SUBSTANCES_HAZARDOUS_TO_HEALTH: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/02e235f4-a30a-412a-a06e-1c471ad28678',
  label: { en: 'follow procedures to control substances hazardous to health' },
};

export const ESCO_FOLLOW_STANDARDS_FOR_MACHINERY_SAFETY: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/86065a19-7537-4bd5-b41c-7e0638d67b58',
  label: { en: 'follow standards for machinery safety' },
};

export const ESCO_INSPECT_QUALITY_OF_PRODUCTS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/1a3660c2-011c-4e96-9b1d-529afc305428',
  label: { en: 'inspect quality of products' },
};

export const ESCO_INSTALL_PNEUMATIC_SYSTEMS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/82da5835-1759-4eeb-9d58-a834ee80384e',
  label: { en: 'install pneumatic systems' },
};

export const ESCO_INTERPRET_GEOMETRIC_DIMENSIONS_AND_TOLERANCES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/e3688cae-7a28-4405-88b5-6b87179e0d76',
  label: { en: 'interpret geometric dimensions and tolerances' },
};

export const ESCO_KEEP_RECORDS_OF_WORK_PROGRESS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/ccfbdaad-b91d-4bfe-bd0e-d30b33587f19',
  label: { en: 'keep records of work progress' },
};

export const ESCO_LIAISE_WITH_MANAGERS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/f14ff4b7-be1e-4b55-b39b-520005f8a97e',
  label: { en: 'liaise with managers' },
};

export const ESCO_MAINTAIN_CONTROL_SYSTEMS_FOR_AUTOMATED_EQUIPMENT: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/df12fd50-55dc-4cfd-a021-818880668789',
  label: { en: 'maintain control systems for automated equipment' },
};

export const ESCO_MAINTAIN_MECHANICAL_EQUIPMENT: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/8efb6150-2c43-4109-b3cd-41c3451698ea',
  label: { en: 'maintain mechanical equipment' },
};

export const ESCO_MAINTENANCE_OPERATIONS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/6cb9c23b-e3bc-4917-b588-26c4cef9d920',
  label: { en: 'maintenance operations' },
};

export const ESCO_MANUFACTURING_PROCESSES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/3786b61f-f22e-48d1-af8d-ad4c354534db',
  label: { en: 'manufacturing processes' },
};

export const ESCO_MONITOR_AUTOMATED_MACHINES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/7aa52bdc-9c56-4341-be65-e8e30f64403f',
  label: { en: 'monitor automated machines' },
};

export const ESCO_OPERATE_PRECISION_MEASURING_EQUIPMENT: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/42c25baf-ccb3-47d9-a872-bb2ceb615538',
  label: { en: 'operate precision measuring equipment' },
};

export const ESCO_PERFORM_ICT_TROUBLESHOOTING: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/744442ac-c157-4350-8be0-ce454df4f5c5',
  label: { en: 'perform ICT troubleshooting' },
};

export const ESCO_PERFORM_MACHINE_MAINTENANCE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/8a4e99e0-f259-4931-888f-604cfdc15b31',
  label: { en: 'perform machine maintenance' },
};

export const ESCO_PERFORM_PRODUCT_TESTING: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/371d57e6-cc5f-4fc0-9c0c-58feb595cc5b',
  label: { en: 'perform product testing' },
};

export const ESCO_PNEUMATICS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/bf419e00-8548-491a-a06f-d72ab439df2f',
  label: { en: 'pneumatics' },
};

export const ESCO_PROGRAMMABLE_LOGIC_CONTROLLER: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/6468e5fb-f3be-4025-87be-4b6556755c61',
  label: { en: 'programmable logic controller' },
};

export const ESCO_QUALITY_AND_CYCLE_TIME_OPTIMISATION: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/3b3b7373-220a-4287-87cf-e24a208b63c6',
  label: { en: 'quality and cycle time optimisation' },
};

export const ESCO_QUALITY_STANDARDS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/8d4271ca-c9fd-40b3-875f-15f78332a49e',
  label: { en: 'quality standards' },
};

export const ESCO_READ_STANDARD_BLUEPRINTS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/68b6ef08-d823-489d-a95c-752ae6f6e6a7',
  label: { en: 'read standard blueprints' },
};

export const ESCO_REMOVE_INADEQUATE_WORKPIECES: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/31f01be9-7bbf-4afb-a647-bcd4931cfc8b',
  label: { en: 'remove inadequate workpieces' },
};

export const ESCO_SET_UP_THE_CONTROLLER_OF_A_MACHINE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/d9818afc-1dec-4944-8c9c-e3ae8fad176d',
  label: { en: 'set up the controller of a machine' },
};

export const ESCO_STATISTICAL_PROCESS_CONTROL: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/0c77bcd5-b94a-475d-98e9-5a4327e4d726',
  label: { en: 'statistical process control' },
};

export const ESCO_SUPPLY_MACHINE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/9ea652f6-accf-45bb-b9a8-590f06f7bd51',
  label: { en: 'supply machine' },
};

export const ESCO_SUPPLY_MACHINE_WITH_APPROPRIATE_TOOLS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/1f5148bb-1eb0-473d-a312-50e4ed24159f',
  label: { en: 'supply machine with appropriate tools' },
};

export const ESCO_TECHNICAL_DRAWINGS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/59ea80e1-463a-4dba-82c6-d0b6d577d532',
  label: { en: 'technical drawings' },
};

export const ESCO_TEND_CNC_GRINDING_MACHINE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/6f728d63-5c45-40b3-8bfd-e17c5dba28ad',
  label: { en: 'tend CNC grinding machine' },
};

export const ESCO_TEND_CNC_MILLING_MACHINE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/4cb58ef4-67a9-4bea-a743-2c83ebd60e79',
  label: { en: 'tend CNC milling machine' },
};

export const ESCO_TEND_COMPUTER_NUMERICAL_CONTROL_LATHE_MACHINE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/c4949dcf-bbcc-40f2-8584-6c6299beb7fb',
  label: { en: 'tend computer numerical control lathe machine' },
};

export const ESCO_TEND_LATHE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/e4a9ec84-4eb3-494b-8a70-0fcf0d687f03',
  label: { en: 'tend lathe' },
};

export const ESCO_TROUBLESHOOT: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/334e3e49-fb02-4051-809a-f06adfdc1c40',
  label: { en: 'troubleshoot' },
};

export const ESCO_TYPES_OF_METAL: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/7f107a85-d6ac-410f-a995-d635c5aa418b',
  label: { en: 'types of metal' },
};

export const ESCO_USE_CAD_SOFTWARE: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/b34e2ba1-9080-48c9-9b42-ee9192a4d3f1',
  label: { en: 'use CAD software' },
};

export const ESCO_USE_COMPUTERISED_MAINTENANCE_MANAGEMENT_SYSTEMS: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/a28df07f-976c-4eb4-b29a-06161af39756',
  label: { en: 'use computerised maintenance management systems' },
};

export const ESCO_WEAR_APPROPRIATE_PROTECTIVE_GEAR: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc',
  label: { en: 'wear appropriate protective gear' },
};

export const ESCO_WORK_ERGONOMICALLY: EscoReference = {
  uri: 'http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00',
  label: { en: 'work ergonomically' },
};
