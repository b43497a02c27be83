import { INITIAL_STATUS, type Role } from '@curriculum-builder/curriculum';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { hashPassword } from '../accounts/password-hasher';
import { UsersService } from '../accounts/users.service';
import { insertCurriculumContent, CurriculaRepository } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { InstitutionsService } from '../institutions/institutions.service';
import { WorkflowService } from '../workflow/workflow.service';
import { demoCurricula } from './content';

export const DEMO_INSTITUTIONS = {
  school: { name: 'Berufsbildende Schule Metalltechnik (Demo)', country: 'DE' },
  partner: { name: 'Kauno technologijų mokymo centras (Demo)', country: 'LT' },
  association: { name: 'Industrieverband Metall und Elektro (Demo)', country: 'DE' },
} as const;

/** The demo accounts of the public contract. */
export const DEMO_ACCOUNTS: readonly {
  email: string;
  displayName: string;
  role: Role;
  at: keyof typeof DEMO_INSTITUTIONS | null;
}[] = [
  { email: 'admin@demo.local', displayName: 'Demo Admin', role: 'admin', at: null },
  {
    email: 'teacher@demo.local',
    displayName: 'Jana Keller (Lehrerin)',
    role: 'author',
    at: 'school',
  },
  {
    email: 'teacher@partner.demo.local',
    displayName: 'Rūta Kazlauskienė (mokytoja)',
    role: 'author',
    at: 'partner',
  },
  {
    email: 'reviewer@demo.local',
    displayName: 'Thomas Brenner (Industrieverband)',
    role: 'reviewer',
    at: 'association',
  },
  {
    email: 'learner@demo.local',
    displayName: 'Lukas Schäfer (Auszubildender)',
    role: 'learner',
    at: null,
  },
];

/**
 * Demo content on the first start of a database (DEMO_DATA, default on with SQLite): the demo
 * institutions and accounts, the CNC machining curriculum published as version 1, the smart
 * factory operator draft and the CNC qualification's part-time programme for adults (a draft). Written in one transaction; a database that has institutions is left alone.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly institutions: InstitutionsService,
    private readonly users: UsersService,
    private readonly repository: CurriculaRepository,
    private readonly workflow: WorkflowService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoData) await this.seed();
  }

  /**
   * In production (only when DEMO_DATA=true is set) the demo accounts get DEMO_PASSWORD, which is
   * required there and never printed, and there is no demo admin: the first admin is created with
   * the CLI. Elsewhere a random password is printed once when DEMO_PASSWORD is not set.
   */
  private async seed(): Promise<void> {
    if ((await this.unitOfWork.read((em) => em.count(InstitutionEntity))) > 0) return;
    const accounts = DEMO_ACCOUNTS.filter((a) => !this.config.production || a.role !== 'admin');
    const password = this.config.demoPassword ?? randomBytes(12).toString('base64url');
    // Each account gets its own salt; hashing runs on the thread pool, outside the transaction.
    const hashes = await Promise.all(accounts.map(() => hashPassword(password)));
    const seeded = await this.unitOfWork.write(async (em) => {
      if ((await em.count(InstitutionEntity)) > 0) return false;
      const ids = {
        school: (await this.institutions.create(em, DEMO_INSTITUTIONS.school.name, 'school', 'DE'))
          .id,
        partner: (
          await this.institutions.create(em, DEMO_INSTITUTIONS.partner.name, 'school', 'LT')
        ).id,
        association: (
          await this.institutions.create(
            em,
            DEMO_INSTITUTIONS.association.name,
            'association',
            'DE',
          )
        ).id,
      };
      await this.institutions.link(em, ids.school, ids.association);
      await this.institutions.link(em, ids.partner, ids.association);
      for (const [i, account] of accounts.entries()) {
        const { at, ...user } = account;
        await this.users.insert(
          em,
          { ...user, institutionId: at === null ? null : ids[at] },
          hashes[i],
        );
      }
      for (const { status, ...content } of demoCurricula) {
        const id = await insertCurriculumContent(em, content, {
          institutionId: ids.school,
          status: INITIAL_STATUS,
        });
        const curriculum = await this.repository.findCurriculum(em, id);
        if (status === 'published' && curriculum !== null)
          await this.workflow.freezeVersion(em, curriculum, null);
      }
      return true;
    });
    if (!seeded) return;
    this.logger.log(
      `Demo data created: 3 institutions, ${accounts.length} accounts, ${demoCurricula.length} curricula.`,
    );
    if (this.config.demoPassword === undefined && !this.config.production) {
      this.logger.warn(
        `Demo accounts (${accounts.map((a) => a.email).join(', ')}) have the password "${password}". ` +
          'It is shown only now; set DEMO_PASSWORD to choose it.',
      );
    }
  }
}
