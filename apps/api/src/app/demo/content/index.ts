import { cncMachiningCurriculum } from './cnc';
import { cncPartTimeCurriculum } from './cnc-part-time';
import { smartFactoryOperatorCurriculum } from './smart-factory';
import type { DemoCurriculum } from './types';

export { cncMachiningCurriculum } from './cnc';
export { cncPartTimeCurriculum } from './cnc-part-time';
export { smartFactoryOperatorCurriculum } from './smart-factory';
export type { DemoCurriculum } from './types';

export const demoCurricula: readonly DemoCurriculum[] = [
  cncMachiningCurriculum,
  smartFactoryOperatorCurriculum,
  cncPartTimeCurriculum,
];
