import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { ExportFormatsController } from './export-formats.controller';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Every export format of curricula (the registry in formats/): PDF, learner pathway PDF, ELM, CASE, CSV. */
@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), CurriculaModule],
  controllers: [ExportsController, ExportFormatsController],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
