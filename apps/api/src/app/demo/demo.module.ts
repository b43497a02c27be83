import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CurriculaModule } from '../curricula';
import { InstitutionsModule } from '../institutions/institutions.module';
import { LibraryModule } from '../library/library.module';
import { PlacementsModule } from '../placements/placements.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [
    InstitutionsModule,
    AccountsModule,
    CurriculaModule,
    WorkflowModule,
    LibraryModule,
    PlacementsModule,
  ],
  providers: [DemoSeeder],
})
export class DemoModule {}
