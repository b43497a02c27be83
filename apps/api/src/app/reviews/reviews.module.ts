import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CurriculaModule } from '../curricula';
import { EscoModule } from '../esco/esco.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReviewCommentEntity } from './entities/review-comment.entity';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewCommentEntity]),
    CurriculaModule,
    EscoModule,
    NotificationsModule,
    AuditModule,
  ],
  controllers: [ReviewsController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
