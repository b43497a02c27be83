// The curricula feature as the other features see it: its module, its services, the access
// checks every feature applies to a curriculum, and the entities they join. Other features import
// from here only (the architecture test in apps/api/src/architecture.spec.ts checks it), so what
// stays unexported here can change without looking elsewhere.
export { CurriculaModule } from './curricula.module';
export { CurriculaService, type PublishedVersion } from './curricula.service';
export { UnitsService } from './units.service';
export { CurriculaRepository } from './curricula.repository';
export { CurriculumImports } from './curriculum-imports';
export { indexForSearch } from './curriculum-search';
export {
  insertCurriculumContent,
  replaceCurriculumRows,
  replacementRows,
} from './curriculum-content.writer';
export {
  curriculumContentHash,
  toCurriculum,
  toUnit,
  unitContentHash,
  type CurriculumRows,
} from './curriculum.mapper';
export { TranslationLedger } from './translation-ledger';
export {
  type Access,
  requireAuthor,
  requireEditable,
  requireReadable,
  requireVisible,
  touchCurriculum,
  WORKING_COPY_ACCESS,
} from './curriculum-access';
export { CurriculumEntity } from './entities/curriculum.entity';
export { CurriculumVersionEntity } from './entities/curriculum-version.entity';
export { LearningOutcomeEntity } from './entities/learning-outcome.entity';
export { SubmissionEntity } from './entities/submission.entity';
export { UnitEntity } from './entities/unit.entity';
export { WorkBasedLearningEntity } from './entities/work-based-learning.entity';
