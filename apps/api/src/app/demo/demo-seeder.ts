import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { insertCurriculumContent } from '../curricula/curriculum-content.writer';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { InstitutionsService } from '../institutions/institutions.service';
import { cncMachiningCurriculum, smartFactoryOperatorCurriculum } from './content';

export const DEMO_INSTITUTIONS = {
  school: { name: 'Berufsbildende Schule Metalltechnik (Demo)', kind: 'school', country: 'DE' },
  partner: { name: 'Kauno technologijų mokymo centras (Demo)', kind: 'school', country: 'LT' },
  association: {
    name: 'Industrieverband Metall und Elektro (Demo)',
    kind: 'association',
    country: 'DE',
  },
} as const;

/**
 * Demo content on the first start of a database (DEMO_DATA, default on with SQLite): the demo
 * institutions, the published CNC machining curriculum and the smart factory operator draft.
 * Written in one transaction; a database that already has institutions is left alone.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly institutions: InstitutionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const seeded = await this.unitOfWork.write(async (em) => {
      if ((await em.count(InstitutionEntity)) > 0) return false;
      const [school] = [
        await this.institutions.create(em, DEMO_INSTITUTIONS.school.name, 'school', 'DE'),
        await this.institutions.create(em, DEMO_INSTITUTIONS.partner.name, 'school', 'LT'),
        await this.institutions.create(em, DEMO_INSTITUTIONS.association.name, 'association', 'DE'),
      ];
      for (const { status, ...content } of [
        cncMachiningCurriculum,
        smartFactoryOperatorCurriculum,
      ]) {
        await insertCurriculumContent(em, content, { institutionId: school.id, status });
      }
      return true;
    });
    if (seeded) this.logger.log('Demo data created: 3 institutions, 2 curricula.');
  }
}
