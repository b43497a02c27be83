import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CachedRepresentations } from '../../infrastructure/web/cached-representations';
import { AuditModule } from '../audit/audit.module';
import { CurriculumVersionEntity } from './entities/curriculum-version.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { TextTranslationEntity } from './entities/text-translation.entity';
import { TranslationLedger } from './translation-ledger';
import { CurriculaController } from './curricula.controller';
import { CurriculaRepository } from './curricula.repository';
import { CurriculaService } from './curricula.service';
import { CurriculumAuditService } from './curriculum-audit.service';
import { CurriculumImports } from './curriculum-imports';
import { UnitsService } from './units.service';
import { WorkBasedLearningService } from './work-based-learning.service';
import { CurriculumValidationService } from './curriculum-validation.service';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';
import { UnitsController } from './units.controller';
import { WorkBasedLearningController } from './work-based-learning.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CurriculumEntity,
      UnitEntity,
      LearningOutcomeEntity,
      WorkBasedLearningEntity,
      SubmissionEntity,
      CurriculumVersionEntity,
      TextTranslationEntity,
    ]),
    AuditModule,
  ],
  controllers: [CurriculaController, UnitsController, WorkBasedLearningController],
  providers: [
    { provide: CachedRepresentations, useFactory: () => new CachedRepresentations() },
    CurriculaRepository,
    CurriculaService,
    UnitsService,
    WorkBasedLearningService,
    CurriculumValidationService,
    CurriculumAuditService,
    CurriculumImports,
    TranslationLedger,
  ],
  exports: [
    CurriculaService,
    UnitsService,
    CurriculaRepository,
    CurriculumImports,
    CachedRepresentations,
    TranslationLedger,
  ],
})
export class CurriculaModule {}
