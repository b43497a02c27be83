import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { AuditModule } from '../audit/audit.module';
import { CurriculaModule } from '../curricula';
import { LiveController } from './live.controller';
import { LiveService } from './live.service';
import { PresenceService } from './presence.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), CurriculaModule, AuditModule],
  controllers: [LiveController],
  providers: [LiveService, PresenceService],
})
export class LiveModule {}
