import { Module } from '@nestjs/common';

/** Csv import/export (interoperability). */
@Module({})
export class CsvModule {}
