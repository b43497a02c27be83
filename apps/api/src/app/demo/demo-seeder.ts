import { INITIAL_STATUS, type Curriculum, type Role } from '@curriculum-builder/curriculum';
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
import { LibraryService } from '../library/library.service';
import { PlacementsService } from '../placements/placements.service';
import { cncPartTimeCurriculum, demoCurricula } from './content';
import { seedAdoptionAndOffers, seedPartnerLibrary } from './demo-library';
import { seedMobilityDemo } from './demo-mobility';
import { lockForTransaction } from '../../infrastructure/database/data-source-options';

export const DEMO_INSTITUTIONS = {
  school: { name: 'Berufsbildende Schule Metalltechnik (Demo)', country: 'DE' },
  partner: { name: 'Kauno technologijų mokymo centras (Demo)', country: 'LT' },
  association: { name: 'Industrieverband Metall und Elektro (Demo)', country: 'DE' },
  company: { name: 'Präzisionsteile Müller GmbH (Demo)', country: 'DE' },
  otherCompany: { name: 'UAB Baltijos metalas (Demo)', country: 'LT' },
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
  {
    email: 'coordinator@demo.local',
    displayName: 'Miriam Vogt (Mobilitätskoordination)',
    role: 'mobility-coordinator',
    at: 'school',
  },
  {
    email: 'coordinator@partner.demo.local',
    displayName: 'Dovilė Jankauskaitė (mobilumo koordinatorė)',
    role: 'mobility-coordinator',
    at: 'partner',
  },
  {
    email: 'company@demo.local',
    displayName: 'Jürgen Weiß (Ausbildungsmeister)',
    role: 'company',
    at: 'company',
  },
  {
    email: 'learner@partner.demo.local',
    displayName: 'Jonas Petrauskas (mokinys)',
    role: 'learner',
    at: null,
  },
];

/**
 * Demo content on the first start of a database (DEMO_DATA, default on with SQLite): the demo
 * institutions and accounts, the CNC machining curriculum published as version 1, the smart
 * factory operator draft and the CNC qualification's part-time programme for adults (a draft), and
 * the mobility demo (learners, a MoU, a recognised mobility; demo-mobility.ts), the shared
 * library and WBL placements (demo-library.ts). Written in one
 * transaction; a database that has institutions is left alone.
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
    private readonly library: LibraryService,
    private readonly placements: PlacementsService,
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
      // Instances starting together: one seeds, the others then find the data there.
      await lockForTransaction(em, 'demo-data');
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
        company: (
          await this.institutions.create(em, DEMO_INSTITUTIONS.company.name, 'company', 'DE')
        ).id,
        otherCompany: (
          await this.institutions.create(em, DEMO_INSTITUTIONS.otherCompany.name, 'company', 'LT')
        ).id,
      };
      await this.institutions.link(em, ids.school, ids.association);
      await this.institutions.link(em, ids.partner, ids.association);
      const users = new Map<string, { id: string; email: string; displayName: string }>();
      for (const [i, account] of accounts.entries()) {
        const { at, ...user } = account;
        const inserted = await this.users.insert(
          em,
          { ...user, institutionId: at === null ? null : ids[at] },
          hashes[i],
        );
        users.set(account.email, inserted);
      }
      const account = (email: string) => {
        const user = users.get(email);
        if (user === undefined) throw new Error(`demo account ${email} missing`);
        return user;
      };
      const libraryServices = {
        library: this.library,
        placements: this.placements,
        repository: this.repository,
        workflow: this.workflow,
      };
      // Before the demo school's curricula: they stay the newest in the catalogue.
      const entry = await seedPartnerLibrary(
        em,
        libraryServices,
        ids.partner,
        account('teacher@partner.demo.local'),
      );
      let cnc: Curriculum | null = null;
      const idOf = new Map<string, string>();
      for (const { status, ...content } of demoCurricula) {
        const id = await insertCurriculumContent(em, content, {
          institutionId: ids.school,
          status: INITIAL_STATUS,
        });
        idOf.set(content.code, id);
        const curriculum = await this.repository.findCurriculum(em, id);
        if (status === 'published' && curriculum !== null)
          cnc ??= await this.workflow.freezeVersion(em, curriculum, null);
      }
      if (cnc !== null) {
        await seedMobilityDemo(em, cnc, {
          school: { id: ids.school, name: DEMO_INSTITUTIONS.school.name },
          partner: { id: ids.partner, name: DEMO_INSTITUTIONS.partner.name },
          accounts: {
            schoolCoordinator: account('coordinator@demo.local'),
            partnerCoordinator: account('coordinator@partner.demo.local'),
            schoolTeacher: account('teacher@demo.local'),
            learner: account('learner@demo.local'),
            partnerLearner: account('learner@partner.demo.local'),
          },
        });
        await seedAdoptionAndOffers(em, libraryServices, {
          ids,
          entry,
          partnerTeacher: account('teacher@partner.demo.local'),
          schoolTeacher: account('teacher@demo.local'),
          partTimeDraft: idOf.get(cncPartTimeCurriculum.code) ?? '',
          cnc,
        });
      }
      return true;
    });
    if (!seeded) return;
    this.logger.log(
      `Demo data created: ${Object.keys(DEMO_INSTITUTIONS).length} institutions, ${accounts.length} accounts, ${demoCurricula.length} curricula.`,
    );
    if (this.config.demoPassword === undefined && !this.config.production) {
      this.logger.warn(
        `Demo accounts (${accounts.map((a) => a.email).join(', ')}) have the password "${password}". ` +
          'It is shown only now; set DEMO_PASSWORD to choose it.',
      );
    }
  }
}
