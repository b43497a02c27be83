import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { CoverageController } from './coverage.controller';
import { CoverageService } from './coverage.service';
import { EscoConceptEntity, EscoLabelEntity, EscoRelationEntity } from './entities/esco.entities';
import { EscoCatalogueService } from './esco-catalogue.service';
import { EscoController } from './esco.controller';

/** ESCO occupations and skills (issue #20, ADR 0027); suggestions and coverage (ADR 0028). */
@Module({
  imports: [
    TypeOrmModule.forFeature([EscoConceptEntity, EscoLabelEntity, EscoRelationEntity]),
    CurriculaModule,
  ],
  controllers: [EscoController, CoverageController],
  providers: [EscoCatalogueService, CoverageService],
  exports: [EscoCatalogueService, CoverageService],
})
export class EscoModule {}
