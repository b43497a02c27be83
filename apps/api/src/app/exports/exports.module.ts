import { EscoModule } from '../esco/esco.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { CaseProviderController } from './case-provider.controller';
import { CaseProviderService } from './case-provider.service';
import { ExportFormatsController } from './export-formats.controller';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/**
 * Every export format of curricula (the registry in formats/): PDF, learner pathway PDF, ELM, CASE,
 * CSV; and the CASE 1.1 provider API of published curricula.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), CurriculaModule, EscoModule],
  controllers: [ExportsController, ExportFormatsController, CaseProviderController],
  providers: [ExportsService, CaseProviderService],
  exports: [ExportsService],
})
export class ExportsModule {}
