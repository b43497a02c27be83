import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [InstitutionsModule], providers: [DemoSeeder] })
export class DemoModule {}
