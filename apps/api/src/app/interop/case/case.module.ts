import { Module } from '@nestjs/common';

/** Case import/export (interoperability). */
@Module({})
export class CaseModule {}
