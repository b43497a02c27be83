import type { CurriculumContent } from '@curriculum-builder/curriculum';

export type {
  ContentOutcome as DemoOutcome,
  ContentUnit as DemoUnit,
  ContentWorkBasedLearning as DemoWorkBasedLearning,
} from '@curriculum-builder/curriculum';

/** A demo curriculum: portable content plus the status it is seeded in. */
export interface DemoCurriculum extends CurriculumContent {
  readonly status: 'draft' | 'published';
}
