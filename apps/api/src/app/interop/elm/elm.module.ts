import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../../curricula';
import { InstitutionEntity } from '../../institutions/entities/institution.entity';
import { ElmController } from './elm.controller';
import { ElmService } from './elm.service';

/** Europass ELM (European Learning Model v3) export: the curriculum as a JSON-LD `Qualification`. */
@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), CurriculaModule],
  controllers: [ElmController],
  providers: [ElmService],
})
export class ElmModule {}
