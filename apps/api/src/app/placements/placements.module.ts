import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacementOfferEntity, PlacementRequestEntity } from './entities/placement.entities';
import {
  PlacementMatchesController,
  PlacementRequestsController,
  PlacementsController,
} from './placements.controller';
import { PlacementsService } from './placements.service';

/** Work-based learning placement offers, their matches and requests (issue #21, ADR 0030). */
@Module({
  imports: [
    TypeOrmModule.forFeature([PlacementOfferEntity, PlacementRequestEntity]),
    CurriculaModule,
    NotificationsModule,
  ],
  controllers: [PlacementsController, PlacementRequestsController, PlacementMatchesController],
  providers: [PlacementsService],
  exports: [PlacementsService],
})
export class PlacementsModule {}
