import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EscoConceptEntity, EscoLabelEntity, EscoRelationEntity } from './entities/esco.entities';
import { EscoCatalogueService } from './esco-catalogue.service';
import { EscoController } from './esco.controller';

/** ESCO occupations and skills (issue #20, ADR 0027). */
@Module({
  imports: [TypeOrmModule.forFeature([EscoConceptEntity, EscoLabelEntity, EscoRelationEntity])],
  controllers: [EscoController],
  providers: [EscoCatalogueService],
  exports: [EscoCatalogueService],
})
export class EscoModule {}
