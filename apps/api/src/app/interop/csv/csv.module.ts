import { Module } from '@nestjs/common';
import { CurriculaModule } from '../../curricula';
import { CsvController } from './csv.controller';
import { CsvService } from './csv.service';

/** Csv import/export (interoperability): the spreadsheet round trip. */
@Module({
  imports: [CurriculaModule],
  controllers: [CsvController],
  providers: [CsvService],
})
export class CsvModule {}
