import { may, type Mou, type MouSummary, msg } from '@curriculum-builder/curriculum';
import type { CreateMouDto, RejectDto, UpdateMouDto } from '@curriculum-builder/curriculum/dto';
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
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { MouEntity, MouPartnerEntity } from './entities/mobility.entities';
import {
  historyOf,
  institutionRef,
  institutionRefs,
  periodProblems,
  requireCoordinator,
  publishedCurriculum,
  recordEvent,
  requireNoProblems,
  unitRefs,
  unknownUnits,
} from './mobility-support';

/** Whether the caller's school is asked to accept `mou` now. */
function awaits(caller: Caller, mou: MouEntity, partners: readonly MouPartnerEntity[]): boolean {
  if (!may(caller.role, 'mobility.manage')) return false;
  const own = partners.find((p) => p.institutionId === caller.institutionId);
  if (own === undefined || own.acceptedAt !== null) return false;
  return (
    mou.status === 'proposed' || (mou.status === 'draft' && mou.initiatorId === own.institutionId)
  );
}

/**
 * Memoranda of Understanding (issue #18, ADR 0022): drafted by one partner school's coordinator,
 * proposed by its acceptance, accepted when every partner accepted; a rejection returns it to the
 * draft with the reason. Each partner sees only the MoUs it is a partner of (admins: all).
 */
@Injectable()
export class MousService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(caller: Caller): Promise<MouSummary[]> {
    return this.unitOfWork.read(async (em) => {
      const mous = await this.visible(em, caller);
      const partners =
        mous.length === 0
          ? []
          : await em.find(MouPartnerEntity, {
              where: { mouId: In(mous.map((m) => m.id)) },
              order: { position: 'ASC' },
            });
      const names = await institutionRefs(em, [...new Set(partners.map((p) => p.institutionId))]);
      return mous.map((mou) => {
        const own = partners.filter((p) => p.mouId === mou.id);
        return {
          id: mou.id,
          status: mou.status,
          title: mou.title,
          partners: own.map((p) => names.get(p.institutionId)?.name ?? p.institutionId),
          validUntil: mou.validUntil,
          awaitingCaller: awaits(caller, mou, own),
        };
      });
    });
  }

  create(caller: Caller, dto: CreateMouDto): Promise<Mou> {
    return this.unitOfWork.write(async (em) => {
      const institutionId = this.requireCoordinator(caller);
      const { curriculum, number } = await publishedCurriculum(em, dto.curriculumId);
      await this.checkPartners(em, institutionId, dto.partners, curriculum);
      requireNoProblems(periodProblems(dto.validFrom, dto.validUntil, 'validUntil'));
      const now = nowIso();
      const mou = em.create(MouEntity, {
        id: randomUUID(),
        status: 'draft',
        title: dto.title.trim(),
        initiatorId: institutionId,
        curriculumId: dto.curriculumId,
        curriculumVersion: number,
        assessmentArrangements: dto.assessmentArrangements.trim(),
        validFrom: dto.validFrom,
        validUntil: dto.validUntil,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(MouEntity, mou);
      await this.writePartners(em, mou.id, dto.partners);
      await recordEvent(em, caller, 'mou', mou.id, 'mou.drafted');
      return this.view(em, caller, mou);
    });
  }

  get(caller: Caller, id: string): Promise<Mou> {
    return this.unitOfWork.read(async (em) =>
      this.view(em, caller, await this.requireVisible(em, caller, id)),
    );
  }

  update(caller: Caller, id: string, dto: UpdateMouDto): Promise<Mou> {
    return this.unitOfWork.write(async (em) => {
      const mou = await this.requireVisible(em, caller, id);
      const institutionId = this.requireCoordinator(caller);
      if (mou.initiatorId !== institutionId)
        throw new ForbiddenError(msg`Only the partner that drafted the MoU edits it.`);
      await this.requireVersion(em, caller, mou, dto.version);
      if (mou.status !== 'draft')
        throw new InvalidStateError(msg`Only a draft MoU is edited; reject it to change it.`);
      const { curriculum } = await publishedCurriculum(em, mou.curriculumId, mou.curriculumVersion);
      if (dto.partners !== undefined) {
        await this.checkPartners(em, institutionId, dto.partners, curriculum);
        await em.delete(MouPartnerEntity, { mouId: id });
        await this.writePartners(em, id, dto.partners);
      }
      Object.assign(mou, {
        title: dto.title?.trim() ?? mou.title,
        assessmentArrangements: dto.assessmentArrangements?.trim() ?? mou.assessmentArrangements,
        validFrom: dto.validFrom ?? mou.validFrom,
        validUntil: dto.validUntil ?? mou.validUntil,
      });
      requireNoProblems(periodProblems(mou.validFrom, mou.validUntil, 'validUntil'));
      await this.bump(em, mou, nowIso());
      await recordEvent(em, caller, 'mou', id, 'mou.edited');
      return this.view(em, caller, mou);
    });
  }

  /** The caller's school accepts: the initiator proposes the draft, the others accept it. */
  accept(caller: Caller, id: string, version: number): Promise<Mou> {
    return this.unitOfWork.write(async (em) => {
      const mou = await this.requireVisible(em, caller, id);
      const institutionId = this.requireCoordinator(caller);
      await this.requireVersion(em, caller, mou, version);
      const partners = await em.findBy(MouPartnerEntity, { mouId: id });
      if (!awaits(caller, mou, partners)) {
        throw new InvalidStateError(
          mou.status === 'draft'
            ? msg`The partner that drafted the MoU proposes it first.`
            : msg`Your school has nothing to accept on this MoU.`,
        );
      }
      const now = nowIso();
      const proposing = mou.status === 'draft';
      await em.update(
        MouPartnerEntity,
        { mouId: id, institutionId },
        { acceptedAt: now, acceptedBy: caller.displayName },
      );
      const waiting = partners.filter(
        (p) => p.acceptedAt === null && p.institutionId !== institutionId,
      );
      mou.status = waiting.length === 0 ? 'accepted' : 'proposed';
      await this.bump(em, mou, now);
      const action =
        mou.status === 'accepted'
          ? 'mou.accepted'
          : proposing
            ? 'mou.proposed'
            : 'mou.partner-accepted';
      await recordEvent(em, caller, 'mou', id, action);
      return this.view(em, caller, mou);
    });
  }

  /** A partner refuses the proposal: back to the draft, every acceptance cleared, the reason kept. */
  reject(caller: Caller, id: string, dto: RejectDto): Promise<Mou> {
    return this.unitOfWork.write(async (em) => {
      const mou = await this.requireVisible(em, caller, id);
      const institutionId = this.requireCoordinator(caller);
      await this.requireVersion(em, caller, mou, dto.version);
      if (mou.status !== 'proposed' || mou.initiatorId === institutionId)
        throw new InvalidStateError(
          msg`Only a partner that was asked to accept a proposed MoU rejects it.`,
        );
      const now = nowIso();
      await em.update(MouPartnerEntity, { mouId: id }, { acceptedAt: null, acceptedBy: null });
      mou.status = 'draft';
      await this.bump(em, mou, now);
      await recordEvent(em, caller, 'mou', id, 'mou.rejected', dto.reason.trim());
      return this.view(em, caller, mou);
    });
  }

  /** The MoU, when the caller's institution is one of its partners (or the caller an admin). */
  async requireVisible(em: EntityManager, caller: Caller, id: string): Promise<MouEntity> {
    const mou = await em.findOneBy(MouEntity, { id });
    if (mou === null) throw new NotFoundError(msg`MoU`, id);
    if (caller.institutionId === null && may(caller.role, 'mobility.read')) return mou;
    const partner = await em.findOneBy(MouPartnerEntity, {
      mouId: id,
      institutionId: caller.institutionId ?? '',
    });
    if (partner === null || !may(caller.role, 'mobility.read'))
      throw new NotFoundError(msg`MoU`, id);
    return mou;
  }

  async view(em: EntityManager, caller: Caller, mou: MouEntity): Promise<Mou> {
    const partners = await em.find(MouPartnerEntity, {
      where: { mouId: mou.id },
      order: { position: 'ASC' },
    });
    const refs = await institutionRefs(
      em,
      partners.map((p) => p.institutionId),
    );
    const { curriculum } = await publishedCurriculum(em, mou.curriculumId, mou.curriculumVersion);
    return {
      id: mou.id,
      version: mou.version,
      status: mou.status,
      title: mou.title,
      initiator: await institutionRef(em, mou.initiatorId),
      curriculum: {
        id: curriculum.id,
        version: mou.curriculumVersion,
        code: curriculum.code,
        title: curriculum.title,
        primaryLanguage: curriculum.primaryLanguage,
      },
      units: unitRefs(
        curriculum,
        partners.flatMap((p) => p.unitIds),
      ),
      partners: partners.map((p) => ({
        institution: refs.get(p.institutionId) ?? { id: p.institutionId, name: '', country: '' },
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        unitIds: p.unitIds,
        acceptedAt: p.acceptedAt,
        acceptedBy: p.acceptedBy,
      })),
      assessmentArrangements: mou.assessmentArrangements,
      validFrom: mou.validFrom,
      validUntil: mou.validUntil,
      awaitingCaller: awaits(caller, mou, partners),
      history: await historyOf(em, mou.id),
      createdAt: mou.createdAt,
      updatedAt: mou.updatedAt,
    };
  }

  private async visible(em: EntityManager, caller: Caller): Promise<MouEntity[]> {
    if (caller.institutionId === null)
      return may(caller.role, 'mobility.read')
        ? em.find(MouEntity, { order: { createdAt: 'DESC' } })
        : [];
    const ids = (await em.findBy(MouPartnerEntity, { institutionId: caller.institutionId })).map(
      (p) => p.mouId,
    );
    return ids.length === 0
      ? []
      : em.find(MouEntity, { where: { id: In(ids) }, order: { createdAt: 'DESC' } });
  }

  private requireCoordinator(caller: Caller): string {
    return requireCoordinator(
      caller,
      msg`Only a school's mobility coordinator drafts and accepts MoUs.`,
    );
  }

  private async requireVersion(em: EntityManager, caller: Caller, mou: MouEntity, version: number) {
    if (mou.version !== version)
      throw new VersionConflictError(msg`MoU`, await this.view(em, caller, mou));
  }

  /** Writes the MoU's terms and status, if nobody changed it meanwhile, as its next version. */
  private async bump(em: EntityManager, mou: MouEntity, now: string): Promise<void> {
    const { id, version, ...terms } = mou;
    if (!(await updateVersioned(em, MouEntity, id, version, { ...terms, updatedAt: now })))
      throw new InvalidStateError(msg`The MoU changed meanwhile; reload it.`);
    mou.version += 1;
    mou.updatedAt = now;
  }

  private async checkPartners(
    em: EntityManager,
    own: string,
    partners: CreateMouDto['partners'],
    curriculum: Awaited<ReturnType<typeof publishedCurriculum>>['curriculum'],
  ): Promise<void> {
    const ids = partners.map((p) => p.institutionId);
    const found = new Map(
      (await em.findBy(InstitutionEntity, { id: In(ids) })).map((i) => [i.id, i]),
    );
    const problems = partners.flatMap((p, i) => [
      ...(found.get(p.institutionId)?.kind !== 'school'
        ? [{ path: `partners[${i}].institutionId`, message: msg`must be the id of a school` }]
        : ids.indexOf(p.institutionId) !== i
          ? [{ path: `partners[${i}].institutionId`, message: msg`is a partner already` }]
          : []),
      ...unknownUnits(curriculum, p.unitIds, `partners[${i}].unitIds`),
    ]);
    if (!ids.includes(own))
      problems.push({ path: 'partners', message: msg`must include the caller's own school` });
    if (problems.length > 0) throw new InvalidInputError(problems);
  }

  private async writePartners(
    em: EntityManager,
    mouId: string,
    partners: CreateMouDto['partners'],
  ) {
    for (const [position, p] of partners.entries()) {
      await em.insert(MouPartnerEntity, {
        mouId,
        institutionId: p.institutionId,
        position,
        contactName: p.contactName.trim(),
        contactEmail: p.contactEmail.trim(),
        unitIds: [...new Set(p.unitIds)],
        acceptedAt: null,
        acceptedBy: null,
      });
    }
  }
}
