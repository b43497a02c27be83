import { Module } from '@nestjs/common';

/** Elm import/export (interoperability). */
@Module({})
export class ElmModule {}
