import {
  may,
  recordPointsOf,
  unitProgressOf,
  type Achievement,
  type Curriculum,
  type EnrolmentRecord,
  type Learner,
  type LearnerRecord,
  type LearnerSummary,
  msg,
} from '@curriculum-builder/curriculum';
import type {
  CreateLearnerDto,
  RecordAchievementDto,
  UpdateLearnerDto,
} from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import { UserEntity } from '../accounts/entities/user.entity';
import { CurriculumVersionEntity } from '../curricula';
import {
  AchievementEntity,
  EnrolmentEntity,
  LearnerEntity,
  MobilityEntity,
  TranscriptLineEntity,
} from './entities/mobility.entities';
import {
  institutionRef,
  publishedCurricula,
  publishedCurriculum,
  recordEvent,
  requireNoProblems,
} from './mobility-support';

/** How the caller stands to a learner: staff of the learner's school, the learner, an admin. */
type LearnerAccess = 'staff' | 'self' | 'admin';

export function learnerAccessOf(caller: Caller, learner: LearnerEntity): LearnerAccess | null {
  if (may(caller.role, 'learner.manage') && caller.institutionId === learner.institutionId)
    return 'staff';
  if (may(caller.role, 'record.own') && learner.userId === caller.userId) return 'self';
  if (may(caller.role, 'learner.erase')) return 'admin';
  return null;
}

export const learnerName = (l: Pick<LearnerEntity, 'givenName' | 'familyName' | 'erasedAt'>) =>
  l.erasedAt !== null ? '—' : `${l.givenName} ${l.familyName}`;

export const toAchievement = (a: AchievementEntity): Achievement => ({
  id: a.id,
  enrolmentId: a.enrolmentId,
  unitId: a.unitId,
  outcomeId: a.outcomeId,
  kind: a.kind,
  assessedOn: a.assessedOn,
  method: a.method,
  result: a.result,
  grade: a.grade,
  assessor: a.assessor,
  place: a.place,
  placeName: a.placeName,
  evidence: a.evidence,
  mobilityId: a.mobilityId,
  recordedAt: a.recordedAt,
});

/** Mobilities whose units are on their way: signed, or issued and not yet decided. */
const UNDER_WAY = ['signed', 'transcript-issued'] as const;

/**
 * Learners, their enrolments and results (issue #18, ADR 0022). Staff of a learner's school enrol
 * and record; the learner reads the own record; an admin exports and erases personal data.
 * Anyone else gets 404, as for a curriculum one may not see.
 */
@Injectable()
export class LearnersService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(caller: Caller): Promise<LearnerSummary[]> {
    return this.unitOfWork.read(async (em) => {
      const where = may(caller.role, 'learner.manage')
        ? { institutionId: caller.institutionId ?? '' }
        : may(caller.role, 'record.own')
          ? { userId: caller.userId }
          : may(caller.role, 'learner.erase')
            ? {}
            : null;
      if (where === null)
        throw new ForbiddenError(msg`Only staff of a school and learners list learners.`);
      const learners = await em.find(LearnerEntity, {
        where,
        order: { familyName: 'ASC', givenName: 'ASC' },
      });
      const enrolments = await this.enrolmentsOf(em, learners);
      return learners.map((l) => ({
        id: l.id,
        name: learnerName(l),
        learnerNumber: l.learnerNumber,
        enrolments: (enrolments.get(l.id) ?? []).map(({ curriculumId, code, title }) => ({
          curriculumId,
          code,
          title,
        })),
      }));
    });
  }

  create(caller: Caller, dto: CreateLearnerDto): Promise<Learner> {
    return this.unitOfWork.write(async (em) => {
      if (caller.institutionId === null || !may(caller.role, 'learner.manage'))
        throw new ForbiddenError(msg`Only staff of a school enrol its learners.`);
      const { number } = await publishedCurriculum(em, dto.curriculumId);
      await this.checkUnique(em, caller.institutionId, dto.learnerNumber, null);
      const userId =
        dto.accountEmail === undefined ? null : await this.learnerAccount(em, dto.accountEmail);
      const now = nowIso();
      const learner = em.create(LearnerEntity, {
        id: randomUUID(),
        institutionId: caller.institutionId,
        givenName: dto.givenName.trim(),
        familyName: dto.familyName.trim(),
        dateOfBirth: dto.dateOfBirth ?? null,
        learnerNumber: dto.learnerNumber.trim(),
        userId,
        erasedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(LearnerEntity, learner);
      await em.insert(EnrolmentEntity, {
        id: randomUUID(),
        learnerId: learner.id,
        curriculumId: dto.curriculumId,
        curriculumVersion: number,
        startedOn: dto.startedOn,
        status: 'active',
        createdAt: now,
      });
      await recordEvent(em, caller, 'learner', learner.id, 'learner.enrolled');
      return this.view(em, learner);
    });
  }

  get(caller: Caller, id: string): Promise<Learner> {
    return this.unitOfWork.read(async (em) =>
      this.view(em, await this.requireLearner(em, caller, id)),
    );
  }

  update(caller: Caller, id: string, dto: UpdateLearnerDto): Promise<Learner> {
    return this.unitOfWork.write(async (em) => {
      const learner = await this.requireStaff(em, caller, id);
      if (learner.version !== dto.version)
        throw new VersionConflictError(msg`learner`, await this.view(em, learner));
      if (dto.learnerNumber !== undefined)
        await this.checkUnique(em, learner.institutionId, dto.learnerNumber, learner.id);
      const userId =
        dto.accountEmail === undefined
          ? learner.userId
          : await this.learnerAccount(em, dto.accountEmail, learner.id);
      const changes = {
        givenName: dto.givenName?.trim() ?? learner.givenName,
        familyName: dto.familyName?.trim() ?? learner.familyName,
        dateOfBirth: dto.dateOfBirth ?? learner.dateOfBirth,
        learnerNumber: dto.learnerNumber?.trim() ?? learner.learnerNumber,
        userId,
        updatedAt: nowIso(),
      };
      if (!(await updateVersioned(em, LearnerEntity, id, learner.version, changes)))
        throw new InvalidStateError(msg`The learner changed meanwhile; reload it.`);
      Object.assign(learner, changes, { version: learner.version + 1 });
      await recordEvent(em, caller, 'learner', learner.id, 'learner.updated');
      return this.view(em, learner);
    });
  }

  /**
   * Erases the personal data (names, date of birth, learner number, the account link); the
   * enrolments, results and documents stay as anonymised statistics.
   */
  erase(caller: Caller, id: string): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      const learner = await this.requireLearner(em, caller, id);
      if (!may(caller.role, 'learner.erase'))
        throw new ForbiddenError(msg`Only an admin erases a learner.`);
      if (learner.erasedAt !== null) return;
      const now = nowIso();
      await em.update(
        LearnerEntity,
        { id },
        {
          givenName: '',
          familyName: '',
          dateOfBirth: null,
          learnerNumber: '',
          userId: null,
          erasedAt: now,
          version: learner.version + 1,
          updatedAt: now,
        },
      );
      await recordEvent(em, caller, 'learner', id, 'learner.erased');
    });
  }

  /** Everything stored about a learner, as one JSON document (the right of access). */
  exportData(caller: Caller, id: string): Promise<object> {
    return this.unitOfWork.read(async (em) => {
      const learner = await this.requireLearner(em, caller, id);
      if (!may(caller.role, 'learner.erase'))
        throw new ForbiddenError(msg`Only an admin exports a learner's data.`);
      const enrolments = await em.findBy(EnrolmentEntity, { learnerId: id });
      const achievements =
        enrolments.length === 0
          ? []
          : await em.findBy(AchievementEntity, {
              enrolmentId: In(enrolments.map((e) => e.id)),
            });
      const mobilities = await em.findBy(MobilityEntity, { learnerId: id });
      const lines =
        mobilities.length === 0
          ? []
          : await em.findBy(TranscriptLineEntity, {
              mobilityId: In(mobilities.map((m) => m.id)),
            });
      return {
        exportedAt: nowIso(),
        learner: await this.view(em, learner),
        achievements: achievements.map(toAchievement),
        mobilities: mobilities.map(
          ({
            id: mobilityId,
            status,
            hostId,
            startsOn,
            endsOn,
            unitIds,
            placement,
            signatures,
          }) => ({
            id: mobilityId,
            status,
            hostId,
            startsOn,
            endsOn,
            unitIds,
            placement,
            signatures,
          }),
        ),
        transcriptLines: lines.map(
          ({
            id: lineId,
            mobilityId,
            unitId,
            outcomeId,
            assessedOn,
            result,
            grade,
            assessor,
            decision,
            reason,
          }) => ({
            id: lineId,
            mobilityId,
            unitId,
            outcomeId,
            assessedOn,
            result,
            grade,
            assessor,
            decision,
            reason,
          }),
        ),
      };
    });
  }

  record(caller: Caller, id: string): Promise<LearnerRecord> {
    return this.unitOfWork.read(async (em) =>
      this.recordOf(em, await this.requireLearner(em, caller, id)),
    );
  }

  recordAchievement(caller: Caller, id: string, dto: RecordAchievementDto): Promise<LearnerRecord> {
    return this.unitOfWork.write(async (em) => {
      const learner = await this.requireStaff(em, caller, id);
      if (learner.erasedAt !== null) throw new InvalidStateError(msg`The learner was erased.`);
      const enrolment = await em.findOneBy(EnrolmentEntity, { id: dto.enrolmentId, learnerId: id });
      if (enrolment === null)
        throw new InvalidInputError([
          { path: 'enrolmentId', message: msg`is not one of the learner's enrolments` },
        ]);
      const { curriculum } = await publishedCurriculum(
        em,
        enrolment.curriculumId,
        enrolment.curriculumVersion,
      );
      requireNoProblems(resultProblems(curriculum, dto));
      const priorLearning = dto.evidence !== undefined;
      if (priorLearning && dto.result !== 'passed')
        throw new InvalidInputError([
          { path: 'result', message: msg`recognised prior learning is a passed result` },
        ]);
      await em.insert(AchievementEntity, {
        id: randomUUID(),
        enrolmentId: enrolment.id,
        unitId: dto.unitId,
        outcomeId: dto.outcomeId ?? null,
        kind: priorLearning ? 'prior-learning' : 'assessed',
        assessedOn: dto.assessedOn,
        method: dto.method.trim(),
        result: dto.result,
        grade: dto.grade?.trim() ?? null,
        assessor: dto.assessor.trim(),
        place: dto.place,
        placeName: dto.place === 'home' ? null : (dto.placeName?.trim() ?? null),
        evidence: dto.evidence?.trim() ?? null,
        mobilityId: null,
        transcriptLineId: null,
        recordedBy: caller.userId,
        recordedAt: nowIso(),
      });
      await recordEvent(
        em,
        caller,
        'learner',
        id,
        priorLearning ? 'prior-learning.recognised' : 'result.recorded',
      );
      return this.recordOf(em, learner);
    });
  }

  deleteAchievement(caller: Caller, id: string, achievementId: string): Promise<LearnerRecord> {
    return this.unitOfWork.write(async (em) => {
      const learner = await this.requireStaff(em, caller, id);
      const enrolmentIds = (await em.findBy(EnrolmentEntity, { learnerId: id })).map((e) => e.id);
      const achievement = await em.findOneBy(AchievementEntity, { id: achievementId });
      if (achievement === null || !enrolmentIds.includes(achievement.enrolmentId))
        throw new NotFoundError(msg`Achievement`, achievementId);
      if (achievement.kind === 'mobility')
        throw new InvalidStateError(
          msg`A result recognised from a transcript stays; the transcript is the record of it.`,
        );
      await em.delete(AchievementEntity, { id: achievementId });
      await recordEvent(em, caller, 'learner', id, 'result.deleted');
      return this.recordOf(em, learner);
    });
  }

  /** The learner the caller may read (staff of the school, the learner, an admin); 404 otherwise. */
  async requireLearner(em: EntityManager, caller: Caller, id: string): Promise<LearnerEntity> {
    const learner = await em.findOneBy(LearnerEntity, { id });
    if (learner === null || learnerAccessOf(caller, learner) === null)
      throw new NotFoundError(msg`Learner`, id);
    return learner;
  }

  private async requireStaff(
    em: EntityManager,
    caller: Caller,
    id: string,
  ): Promise<LearnerEntity> {
    const learner = await this.requireLearner(em, caller, id);
    if (learnerAccessOf(caller, learner) !== 'staff')
      throw new ForbiddenError(msg`Only staff of the learner's school change the record.`);
    return learner;
  }

  async recordOf(em: EntityManager, learner: LearnerEntity): Promise<LearnerRecord> {
    const view = await this.view(em, learner);
    const enrolments = await em.findBy(EnrolmentEntity, { learnerId: learner.id });
    const curricula = await publishedCurricula(em, enrolments);
    const achievements =
      enrolments.length === 0
        ? []
        : await em.find(AchievementEntity, {
            where: { enrolmentId: In(enrolments.map((e) => e.id)) },
            order: { assessedOn: 'ASC', recordedAt: 'ASC' },
          });
    const underWay = await em.findBy(MobilityEntity, {
      learnerId: learner.id,
      status: In([...UNDER_WAY]),
    });
    return {
      learner: view,
      enrolments: enrolments.map((enrolment, i): EnrolmentRecord => {
        const curriculum = curricula.get(
          `${enrolment.curriculumId}/${enrolment.curriculumVersion}`,
        ) as Curriculum;
        const own = achievements.filter((a) => a.enrolmentId === enrolment.id).map(toAchievement);
        const abroad = new Set(
          underWay.filter((m) => m.enrolmentId === enrolment.id).flatMap((m) => m.unitIds),
        );
        const units = unitProgressOf(curriculum, own, abroad);
        return {
          enrolment: view.enrolments[i],
          units,
          points: recordPointsOf(curriculum, units),
          achievements: own,
        };
      }),
    };
  }

  async view(em: EntityManager, learner: LearnerEntity): Promise<Learner> {
    const institution = await institutionRef(em, learner.institutionId);
    return {
      id: learner.id,
      version: learner.version,
      institutionId: learner.institutionId,
      institutionName: institution.name,
      givenName: learner.givenName,
      familyName: learner.familyName,
      dateOfBirth: learner.dateOfBirth,
      learnerNumber: learner.learnerNumber,
      userId: learner.userId,
      enrolments: (await this.enrolmentsOf(em, [learner])).get(learner.id) ?? [],
      erased: learner.erasedAt !== null,
    };
  }

  /**
   * The enrolments of `learners`, named by the code and title columns of their curriculum versions
   * (one query, no snapshot parsed: the list of a school's learners stays cheap).
   */
  private async enrolmentsOf(em: EntityManager, learners: readonly LearnerEntity[]) {
    const rows =
      learners.length === 0
        ? []
        : await em.find(EnrolmentEntity, {
            where: { learnerId: In(learners.map((l) => l.id)) },
            order: { startedOn: 'ASC' },
          });
    const versions =
      rows.length === 0
        ? []
        : await em.find(CurriculumVersionEntity, {
            select: { curriculumId: true, number: true, code: true, title: true },
            where: { curriculumId: In([...new Set(rows.map((r) => r.curriculumId))]) },
          });
    const named = new Map(versions.map((v) => [`${v.curriculumId}/${v.number}`, v]));
    const byLearner = new Map<string, Learner['enrolments'][number][]>();
    for (const row of rows) {
      const version = named.get(`${row.curriculumId}/${row.curriculumVersion}`);
      const list = byLearner.get(row.learnerId) ?? [];
      list.push({
        id: row.id,
        curriculumId: row.curriculumId,
        curriculumVersion: row.curriculumVersion,
        code: version?.code ?? '',
        title: version?.title ?? {},
        startedOn: row.startedOn,
        status: row.status,
      });
      byLearner.set(row.learnerId, list);
    }
    return byLearner;
  }

  private async checkUnique(
    em: EntityManager,
    institutionId: string,
    number: string,
    except: string | null,
  ) {
    const same = await em.findOneBy(LearnerEntity, { institutionId, learnerNumber: number.trim() });
    if (same !== null && same.id !== except)
      throw new InvalidStateError(
        msg`The school has a learner with the number ${number.trim()} already.`,
      );
  }

  /** The id of the learner account with `email`, not linked to another learner. */
  private async learnerAccount(em: EntityManager, email: string, except?: string): Promise<string> {
    const user = await em.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
    if (user === null || user.role !== 'learner')
      throw new InvalidInputError([
        { path: 'accountEmail', message: msg`must be the e-mail of a learner account` },
      ]);
    const linked = await em.findOneBy(LearnerEntity, { userId: user.id });
    if (linked !== null && linked.id !== except)
      throw new InvalidStateError(msg`That learner account belongs to another learner record.`);
    return user.id;
  }
}

/** Problems of a result's unit, outcome and place against the curriculum it is recorded in. */
export function resultProblems(
  curriculum: Curriculum,
  dto: { unitId: string; outcomeId?: string; place: string; placeName?: string },
  allowedUnits?: ReadonlySet<string>,
) {
  const unit = curriculum.units.find((u) => u.id === dto.unitId);
  if (unit === undefined || (allowedUnits !== undefined && !allowedUnits.has(unit.id)))
    return [
      {
        path: 'unitId',
        message: allowedUnits
          ? msg`is not a unit of the Learning Agreement`
          : msg`is not a unit of the curriculum`,
      },
    ];
  if (dto.outcomeId !== undefined && !unit.outcomes.some((o) => o.id === dto.outcomeId))
    return [{ path: 'outcomeId', message: msg`is not a learning outcome of the unit` }];
  if (dto.place !== 'home' && !dto.placeName?.trim())
    return [{ path: 'placeName', message: msg`names the host institution or company` }];
  return [];
}
