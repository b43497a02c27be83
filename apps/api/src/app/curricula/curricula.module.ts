import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InstitutionsModule } from '../institutions/institutions.module';
import { CurriculaController } from './curricula.controller';
import { CurriculaRepository } from './curricula.repository';
import { CurriculaService } from './curricula.service';
import { CurriculumPartsService } from './curriculum-parts.service';
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
    ]),
    InstitutionsModule,
  ],
  controllers: [CurriculaController, UnitsController, WorkBasedLearningController],
  providers: [
    CurriculaRepository,
    CurriculaService,
    CurriculumPartsService,
    CurriculumValidationService,
  ],
  exports: [CurriculaService, CurriculaRepository],
})
export class CurriculaModule {}
