import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CurriculaModule } from '../curricula/curricula.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { CurriculumVersionEntity } from './entities/curriculum-version.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { WorkflowController } from './workflow.controller';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SubmissionEntity, CurriculumVersionEntity]),
    CurriculaModule,
    InstitutionsModule,
    AuditModule,
  ],
  controllers: [WorkflowController],
  providers: [WorkflowService],
  exports: [WorkflowService],
})
export class WorkflowModule {}
