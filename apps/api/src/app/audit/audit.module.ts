import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculumEvents } from '../../infrastructure/events/curriculum-events';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './entities/audit-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, CurriculumEvents],
  exports: [AuditService, CurriculumEvents],
})
export class AuditModule {}
