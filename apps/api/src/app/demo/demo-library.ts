import {
  allSkillsOf,
  INITIAL_STATUS,
  type Curriculum,
  type Role,
} from '@curriculum-builder/curriculum';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import { CurriculaRepository, insertCurriculumContent, LearningOutcomeEntity } from '../curricula';
import { LibraryService } from '../library/library.service';
import { PlacementsService } from '../placements/placements.service';
import { WorkflowService } from '../workflow/workflow.service';
import { smartFactoryOperatorCurriculum } from './content';
import type { DemoCurriculum } from './content/types';

/** The partner school's published programme: two units it shares through the library. */
const PARTNER_CURRICULUM: DemoCurriculum = {
  ...smartFactoryOperatorCurriculum,
  status: 'published',
  code: 'LT-IGO-2026',
  title: {
    lt: 'Išmaniosios gamybos operatorius (robotų ląstelės)',
    en: 'Smart production operator (robot cells)',
    de: 'Fachkraft für smarte Produktion (Roboterzellen)',
  },
  // A nine-month further-training programme: 45 ECVET points, the two units' points.
  durationMonths: 9,
  referenceDurationMonths: 9,
  ecvetPoints: 45,
  units: smartFactoryOperatorCurriculum.units
    .filter((unit) => unit.code === 'SFO-03' || unit.code === 'SFO-04')
    .map((unit) => ({
      ...unit,
      code: unit.code.replace('SFO', 'IGO'),
      year: 1,
      prerequisiteCodes: [],
    })),
  workBasedLearning: [],
  assessmentPlan: [],
  partialQualifications: [],
};

type Account = { readonly id: string; readonly email: string; readonly displayName: string };

/** A caller acting as a demo account inside the seeding transaction. */
function callerOf(account: Account, role: Role, institutionId: string): Caller {
  return {
    userId: account.id,
    email: account.email,
    displayName: account.displayName,
    role,
    institutionId,
    uiLanguage: null,
    sessionId: 'demo-seed',
    csrfToken: '',
    expiresAt: '',
    via: 'bearer',
  };
}

export interface LibraryDemoServices {
  readonly library: LibraryService;
  readonly placements: PlacementsService;
  readonly repository: CurriculaRepository;
  readonly workflow: WorkflowService;
}

/**
 * The partner school's part of the demo library (issue #21), seeded before the demo school's
 * curricula so that their catalogue order stays as it was: its programme published, two units
 * published to the library, then a second version of the robot unit (its second outcome
 * reworded, an outcome added), and the whole programme as a good-practice example. Returns the
 * robot unit's entry.
 */
export async function seedPartnerLibrary(
  em: EntityManager,
  services: LibraryDemoServices,
  partnerId: string,
  partnerTeacher: Account,
): Promise<{ entryId: string; code: string }> {
  const { library, repository, workflow } = services;
  const { status: _status, ...content } = PARTNER_CURRICULUM;
  const curriculumId = await insertCurriculumContent(em, content, {
    institutionId: partnerId,
    status: INITIAL_STATUS,
  });
  const publishVersion = async () => {
    const curriculum = await repository.findCurriculum(em, curriculumId);
    if (curriculum === null) throw new Error('the partner demo curriculum is missing');
    return workflow.freezeVersion(em, curriculum, null);
  };
  const published = await publishVersion();
  const partner = callerOf(partnerTeacher, 'author', partnerId);
  const [lines, robots] = published.units;
  await library.publishIn(em, partner, {
    curriculumId,
    unitId: lines.id,
    keywords: ['Fertigungslinie', 'gamybos linija'],
  });
  const { entry } = await library.publishIn(em, partner, {
    curriculumId,
    unitId: robots.id,
    keywords: ['Roboter', 'robotai', 'teach pendant'],
  });
  const [, second] = robots.outcomes;
  await em.update(
    LearningOutcomeEntity,
    { id: second.id },
    {
      text: {
        ...second.text,
        en: 'Jogs the robot with the teach pendant in axis-specific and Cartesian mode, teaches positions and checks them at reduced speed.',
        de: 'Verfährt den Roboter mit dem Programmierhandgerät achsspezifisch und kartesisch, teacht Positionen und prüft sie mit reduzierter Geschwindigkeit.',
      },
      version: second.version + 1,
    },
  );
  await em.insert(LearningOutcomeEntity, {
    id: '5d2c8a4e-6f1b-4c3d-9e2a-7b8c9d0e1f21',
    unitId: robots.id,
    curriculumId,
    position: robots.outcomes.length,
    category: 'responsibility-autonomy',
    text: {
      en: 'Works with collaborative robots within the agreed limits of force and speed and reports deviations.',
      de: 'Arbeitet mit kollaborierenden Robotern in den vereinbarten Kraft- und Geschwindigkeitsgrenzen und meldet Abweichungen.',
      lt: 'Dirba su bendradarbiaujančiais robotais laikydamasis sutartų jėgos ir greičio ribų ir praneša apie nukrypimus.',
    },
    criteria: {},
    escoSkills: [],
    version: 1,
  });
  await publishVersion();
  await library.publishIn(em, partner, { curriculumId, unitId: robots.id });
  // The whole programme as a good-practice example.
  await library.publishIn(em, partner, {
    curriculumId,
    keywords: ['gerosios praktikos pavyzdys', 'Good Practice'],
  });
  return { entryId: entry.id, code: robots.code };
}

/**
 * The demo school's part (issue #21): it adopted version 1 of the partner's robot unit into its
 * part-time CNC draft and reworded the first outcome there, so version 2 waits as an update (and
 * its notification). Two companies offer WBL places: the demo company one that fits the CNC
 * curriculum's first WBL period, a Lithuanian company one for robot cells.
 */
export async function seedAdoptionAndOffers(
  em: EntityManager,
  services: LibraryDemoServices,
  context: {
    readonly ids: {
      readonly school: string;
      readonly company: string;
      readonly otherCompany: string;
    };
    readonly entry: { readonly entryId: string; readonly code: string };
    readonly partnerTeacher: Account;
    readonly schoolTeacher: Account;
    readonly partTimeDraft: string;
    readonly cnc: Curriculum;
  },
): Promise<void> {
  const { library, placements } = services;
  const { ids, entry } = context;
  const school = callerOf(context.schoolTeacher, 'author', ids.school);
  const adopted = await library.adoptIn(em, school, entry.entryId, {
    curriculumId: context.partTimeDraft,
    version: 1,
  });
  const [first] = adopted.outcomes;
  await em.update(
    LearningOutcomeEntity,
    { id: first.id },
    {
      text: {
        ...first.text,
        de: 'Erklärt Roboterachsen und Koordinatensysteme an der Roboterzelle der Schulwerkstatt sowie die Betriebsarten T1, T2 und Automatik.',
      },
      version: first.version + 1,
    },
  );
  await library.notifyAdopters(em, entry.entryId, entry.code, context.partnerTeacher.id);

  const period = context.cnc.workBasedLearning[0];
  const needed = context.cnc.units
    .filter((unit) => period.unitIds.includes(unit.id))
    .flatMap(allSkillsOf);
  await placements.createIn(em, ids.company, {
    title: {
      de: 'Praktikum in der CNC-Dreh- und Fräsfertigung',
      en: 'Placement in CNC turning and milling',
    },
    activities: {
      de: 'Einrichten und Bedienen von CNC-Dreh- und Fräszentren, Prüfen von Werkstücken, Einzel- und Kleinserien.',
      en: 'Setting up and operating CNC turning and milling centres, inspecting workpieces, one-off and small-batch production.',
    },
    city: 'Augsburg',
    country: 'DE',
    startsOn: '2027-03-01',
    endsOn: '2027-06-30',
    hoursPerWeek: 38,
    capacity: 3,
    escoSkills: [...new Map(needed.map((skill) => [skill.uri, skill])).values()].slice(0, 12),
    languages: ['de', 'en'],
    contact: { name: 'Jürgen Weiß', email: 'ausbildung@praezisionsteile-mueller.example' },
  });
  await placements.createIn(em, ids.otherCompany, {
    title: {
      lt: 'Praktika robotų ląstelėse',
      en: 'Placement in robot cells',
    },
    activities: {
      lt: 'Robotų ląstelių aptarnavimas, pramoninių robotų programavimas mokymo pulteliu.',
      en: 'Tending robot cells, teaching industrial robots with the teach pendant.',
    },
    city: 'Kaunas',
    country: 'LT',
    startsOn: '2027-09-01',
    endsOn: '2027-11-30',
    hoursPerWeek: 40,
    capacity: 2,
    escoSkills: allSkillsOf(adopted).slice(0, 6),
    languages: ['lt', 'en'],
    contact: { name: 'Mantas Jonaitis', email: 'praktika@baltijos-metalas.example' },
  });
}
