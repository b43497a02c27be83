import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AchievementEntity,
  EnrolmentEntity,
  LearnerEntity,
  MobilityEntity,
  MobilityEventEntity,
  MouEntity,
  MouPartnerEntity,
  TranscriptLineEntity,
} from './entities/mobility.entities';
import { MobilityDocumentsModule } from './documents/mobility-documents';
import { LearnersController } from './learners.controller';
import { LearnersService } from './learners.service';
import { MobilitiesController } from './mobilities.controller';
import { MobilitiesService } from './mobilities.service';
import { MousController } from './mous.controller';
import { MousService } from './mous.service';
import { RecordCredentialService } from './record-credential.service';
import { TranscriptsService } from './transcripts.service';

/** ECVET credit in practice: learner records, MoUs, Learning Agreements, transcripts (ADR 0022). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      LearnerEntity,
      EnrolmentEntity,
      AchievementEntity,
      MouEntity,
      MouPartnerEntity,
      MobilityEntity,
      TranscriptLineEntity,
      MobilityEventEntity,
    ]),
    MobilityDocumentsModule,
  ],
  controllers: [LearnersController, MousController, MobilitiesController],
  providers: [
    LearnersService,
    MousService,
    MobilitiesService,
    TranscriptsService,
    RecordCredentialService,
  ],
  exports: [LearnersService, MousService, MobilitiesService, TranscriptsService],
})
export class MobilityModule {}
