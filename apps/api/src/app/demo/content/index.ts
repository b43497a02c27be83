import { cncMachiningCurriculum } from './cnc';
import { smartFactoryOperatorCurriculum } from './smart-factory';
import type { DemoCurriculum } from './types';

export { cncMachiningCurriculum } from './cnc';
export { smartFactoryOperatorCurriculum } from './smart-factory';
export type { DemoCurriculum } from './types';

export const demoCurricula: readonly DemoCurriculum[] = [
  cncMachiningCurriculum,
  smartFactoryOperatorCurriculum,
];
