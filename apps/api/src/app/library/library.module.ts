import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '../curricula';
import { EscoModule } from '../esco/esco.module';
import { NotificationsModule } from '../notifications/notifications.module';
import {
  LibraryAdoptionEntity,
  LibraryEntryEntity,
  LibraryVersionEntity,
} from './entities/library.entities';
import { LibraryController } from './library.controller';
import { LibraryService } from './library.service';
import { LibraryAccess } from './library-access';
import { LibraryIndex } from './library-index';
import { LibraryUpdatesController } from './library-updates.controller';
import { LibraryUpdatesService } from './library-updates.service';

/** The shared library of units across institutions (issue #21, ADR 0029). */
@Module({
  imports: [
    TypeOrmModule.forFeature([LibraryEntryEntity, LibraryVersionEntity, LibraryAdoptionEntity]),
    CurriculaModule,
    EscoModule,
    NotificationsModule,
  ],
  controllers: [LibraryController, LibraryUpdatesController],
  providers: [LibraryService, LibraryAccess, LibraryIndex, LibraryUpdatesService],
  exports: [LibraryService],
})
export class LibraryModule {}
