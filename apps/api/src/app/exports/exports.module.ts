import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** PDF exports of curricula (the curriculum document and the learner pathway). */
@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), CurriculaModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
