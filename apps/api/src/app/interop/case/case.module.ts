import { Module } from '@nestjs/common';
import { CurriculaModule } from '../../curricula';
import { WorkflowModule } from '../../workflow/workflow.module';
import { CaseController } from './case.controller';
import { CaseService } from './case.service';

/** 1EdTech CASE export and import of curricula (interoperability). */
@Module({
  imports: [CurriculaModule, WorkflowModule],
  controllers: [CaseController],
  providers: [CaseService],
})
export class CaseModule {}
