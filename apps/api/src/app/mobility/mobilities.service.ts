import {
  may,
  SIGNING_PARTIES,
  type Curriculum,
  type Mobility,
  type MobilitySummary,
  type SigningParty,
  msg,
} from '@curriculum-builder/curriculum';
import type {
  CreateMobilityDto,
  RejectDto,
  UpdateMobilityDto,
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
import {
  EnrolmentEntity,
  LearnerEntity,
  MobilityEntity,
  MouEntity,
  MouPartnerEntity,
} from './entities/mobility.entities';
import { learnerName } from './learners.service';
import {
  historyOf,
  institutionRefs,
  periodProblems,
  publishedCurriculum,
  requireCoordinator,
  recordEvent,
  requireNoProblems,
  unitRefs,
  unknownUnits,
} from './mobility-support';

/** How the caller stands to a mobility: staff of home or host, the learner, an admin. */
export interface MobilityViewer {
  readonly side: 'home' | 'host' | 'learner' | 'admin';
  /** The party the caller signs for (coordinators of home and host, the learner); null: none. */
  readonly party: SigningParty | null;
}

export function viewerOf(
  caller: Caller,
  mobility: MobilityEntity,
  learner: LearnerEntity,
): MobilityViewer | null {
  const coordinator = may(caller.role, 'mobility.manage');
  if (may(caller.role, 'mobility.read') && caller.institutionId !== null) {
    if (caller.institutionId === mobility.homeId)
      return { side: 'home', party: coordinator ? 'home' : null };
    if (caller.institutionId === mobility.hostId)
      return { side: 'host', party: coordinator ? 'host' : null };
    return null;
  }
  if (may(caller.role, 'record.own') && learner.userId === caller.userId)
    return { side: 'learner', party: 'learner' };
  if (may(caller.role, 'mobility.read') && caller.institutionId === null)
    return { side: 'admin', party: null };
  return null;
}

function awaitsSignature(mobility: MobilityEntity, party: SigningParty | null): boolean {
  if (party === null || mobility.signatures[party] !== undefined) return false;
  return mobility.status === 'proposed' || (mobility.status === 'draft' && party === 'home');
}

/** What awaits the caller on a mobility: a signature, results to record and issue, decisions. */
export function awaitingOf(
  mobility: MobilityEntity,
  viewer: MobilityViewer,
  caller: Caller,
): MobilitySummary['awaiting'] {
  if (awaitsSignature(mobility, viewer.party)) return 'sign';
  if (mobility.status === 'signed' && viewer.side === 'host' && may(caller.role, 'mobility.assess'))
    return 'record';
  if (mobility.status === 'transcript-issued' && viewer.party === 'home') return 'decide';
  return null;
}

/**
 * Learning Agreements (issue #18, ADR 0022): drafted by the coordinator of the learner's school
 * under an accepted MoU with the host, signed by home (first), host and learner; a rejection
 * returns it to the draft. The host's staff see their agreements and nothing else of the learner.
 */
@Injectable()
export class MobilitiesService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(caller: Caller): Promise<MobilitySummary[]> {
    return this.unitOfWork.read(async (em) => {
      const mobilities = await this.visible(em, caller);
      const learners = new Map(
        (mobilities.length === 0
          ? []
          : await em.findBy(LearnerEntity, { id: In(mobilities.map((m) => m.learnerId)) })
        ).map((l) => [l.id, l]),
      );
      const names = await institutionRefs(
        em,
        mobilities.flatMap((m) => [m.homeId, m.hostId]),
      );
      return mobilities.flatMap((m) => {
        const learner = learners.get(m.learnerId) as LearnerEntity;
        const viewer = viewerOf(caller, m, learner);
        if (viewer === null) return [];
        const awaiting = awaitingOf(m, viewer, caller);
        return [
          {
            id: m.id,
            status: m.status,
            learner: learnerName(learner),
            home: names.get(m.homeId)?.name ?? '',
            host: names.get(m.hostId)?.name ?? '',
            startsOn: m.startsOn,
            endsOn: m.endsOn,
            awaitingCaller: awaiting !== null,
            awaiting,
          },
        ];
      });
    });
  }

  create(caller: Caller, dto: CreateMobilityDto): Promise<Mobility> {
    return this.unitOfWork.write(async (em) => {
      const homeId = requireCoordinator(
        caller,
        msg`Only the mobility coordinator of the learner's school drafts a Learning Agreement.`,
      );
      const learner = await em.findOneBy(LearnerEntity, { id: dto.learnerId });
      if (learner === null || learner.institutionId !== homeId || learner.erasedAt !== null)
        throw new InvalidInputError([
          { path: 'learnerId', message: msg`must be a learner of your school` },
        ]);
      const { enrolmentId } = await this.checkAgreement(em, homeId, learner.id, dto);
      const now = nowIso();
      const mobility = em.create(MobilityEntity, {
        id: randomUUID(),
        status: 'draft',
        mouId: dto.mouId,
        learnerId: learner.id,
        enrolmentId,
        homeId,
        hostId: dto.hostInstitutionId,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        unitIds: [...new Set(dto.unitIds)],
        outcomeIds: [...new Set(dto.outcomeIds ?? [])],
        placement: { ...dto.placement },
        assessment: dto.assessment.trim(),
        recording: dto.recording.trim(),
        signatures: {},
        transcriptIssuedAt: null,
        transcriptIssuedBy: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(MobilityEntity, mobility);
      await recordEvent(em, caller, 'mobility', mobility.id, 'agreement.drafted');
      return this.view(em, caller, mobility);
    });
  }

  get(caller: Caller, id: string): Promise<Mobility> {
    return this.unitOfWork.read(async (em) => {
      const { mobility } = await this.requireVisible(em, caller, id);
      return this.view(em, caller, mobility);
    });
  }

  update(caller: Caller, id: string, dto: UpdateMobilityDto): Promise<Mobility> {
    return this.unitOfWork.write(async (em) => {
      const { mobility, viewer } = await this.requireVisible(em, caller, id);
      if (viewer.party !== 'home')
        throw new ForbiddenError(
          msg`Only the coordinator of the learner's school edits the agreement.`,
        );
      await this.requireVersion(em, caller, mobility, dto.version);
      if (mobility.status !== 'draft')
        throw new InvalidStateError(msg`Only a draft agreement is edited; reject it to change it.`);
      const merged = {
        mouId: dto.mouId ?? mobility.mouId,
        learnerId: dto.learnerId ?? mobility.learnerId,
        hostInstitutionId: dto.hostInstitutionId ?? mobility.hostId,
        startsOn: dto.startsOn ?? mobility.startsOn,
        endsOn: dto.endsOn ?? mobility.endsOn,
        unitIds: dto.unitIds ?? mobility.unitIds,
        outcomeIds: dto.outcomeIds ?? mobility.outcomeIds,
      };
      const learner = await em.findOneBy(LearnerEntity, { id: merged.learnerId });
      if (
        learner === null ||
        learner.institutionId !== mobility.homeId ||
        learner.erasedAt !== null
      )
        throw new InvalidInputError([
          { path: 'learnerId', message: msg`must be a learner of your school` },
        ]);
      const { enrolmentId } = await this.checkAgreement(em, mobility.homeId, learner.id, merged);
      Object.assign(mobility, {
        mouId: merged.mouId,
        learnerId: merged.learnerId,
        enrolmentId,
        hostId: merged.hostInstitutionId,
        startsOn: merged.startsOn,
        endsOn: merged.endsOn,
        unitIds: [...new Set(merged.unitIds)],
        outcomeIds: [...new Set(merged.outcomeIds)],
        placement: dto.placement ? { ...dto.placement } : mobility.placement,
        assessment: dto.assessment?.trim() ?? mobility.assessment,
        recording: dto.recording?.trim() ?? mobility.recording,
      });
      await this.bump(em, mobility);
      await recordEvent(em, caller, 'mobility', id, 'agreement.edited');
      return this.view(em, caller, mobility);
    });
  }

  /** The caller signs for its party: home first (which proposes it), then host and learner. */
  accept(caller: Caller, id: string, version: number): Promise<Mobility> {
    return this.unitOfWork.write(async (em) => {
      const { mobility, viewer } = await this.requireVisible(em, caller, id);
      if (viewer.party === null)
        throw new ForbiddenError(msg`Only the coordinators of home and host and the learner sign.`);
      await this.requireVersion(em, caller, mobility, version);
      if (!awaitsSignature(mobility, viewer.party)) {
        throw new InvalidStateError(
          mobility.status === 'draft'
            ? msg`The learner's school signs the agreement first.`
            : msg`There is nothing for you to sign on this agreement.`,
        );
      }
      const signatures = {
        ...mobility.signatures,
        [viewer.party]: { at: nowIso(), by: caller.displayName },
      };
      mobility.signatures = signatures;
      mobility.status = SIGNING_PARTIES.every((p) => signatures[p] !== undefined)
        ? 'signed'
        : 'proposed';
      await this.bump(em, mobility);
      await recordEvent(em, caller, 'mobility', id, `agreement.signed-by-${viewer.party}`);
      return this.view(em, caller, mobility);
    });
  }

  reject(caller: Caller, id: string, dto: RejectDto): Promise<Mobility> {
    return this.unitOfWork.write(async (em) => {
      const { mobility, viewer } = await this.requireVisible(em, caller, id);
      if (viewer.party === null || viewer.party === 'home')
        throw new ForbiddenError(msg`The host and the learner reject a proposed agreement.`);
      await this.requireVersion(em, caller, mobility, dto.version);
      if (mobility.status !== 'proposed')
        throw new InvalidStateError(msg`Only a proposed agreement is rejected.`);
      mobility.signatures = {};
      mobility.status = 'draft';
      await this.bump(em, mobility);
      await recordEvent(
        em,
        caller,
        'mobility',
        id,
        `agreement.rejected-by-${viewer.party}`,
        dto.reason.trim(),
      );
      return this.view(em, caller, mobility);
    });
  }

  /** The mobility and how the caller stands to it; 404 for anyone who is not a party to it. */
  async requireVisible(
    em: EntityManager,
    caller: Caller,
    id: string,
  ): Promise<{ mobility: MobilityEntity; learner: LearnerEntity; viewer: MobilityViewer }> {
    const mobility = await em.findOneBy(MobilityEntity, { id });
    const learner =
      mobility === null ? null : await em.findOneBy(LearnerEntity, { id: mobility.learnerId });
    const viewer = mobility && learner ? viewerOf(caller, mobility, learner) : null;
    if (mobility === null || learner === null || viewer === null)
      throw new NotFoundError(msg`Learning Agreement`, id);
    return { mobility, learner, viewer };
  }

  async requireVersion(
    em: EntityManager,
    caller: Caller,
    mobility: MobilityEntity,
    version: number,
  ) {
    if (mobility.version !== version)
      throw new VersionConflictError(
        msg`Learning Agreement`,
        await this.view(em, caller, mobility),
      );
  }

  /** Writes the agreement, if nobody changed it meanwhile, as its next version. */
  async bump(em: EntityManager, mobility: MobilityEntity): Promise<void> {
    const now = nowIso();
    const { id, version, ...fields } = mobility;
    if (!(await updateVersioned(em, MobilityEntity, id, version, { ...fields, updatedAt: now })))
      throw new InvalidStateError(msg`The agreement changed meanwhile; reload it.`);
    mobility.version += 1;
    mobility.updatedAt = now;
  }

  /** The curriculum version of the MoU a mobility is under. */
  async curriculumOf(em: EntityManager, mobility: MobilityEntity): Promise<Curriculum> {
    return (await this.mouOf(em, mobility)).curriculum;
  }

  /** The MoU a mobility is under, and that MoU's curriculum version. */
  private async mouOf(em: EntityManager, mobility: MobilityEntity) {
    const mou = (await em.findOneBy(MouEntity, { id: mobility.mouId })) as MouEntity;
    return publishedCurriculum(em, mou.curriculumId, mou.curriculumVersion);
  }

  async view(em: EntityManager, caller: Caller, mobility: MobilityEntity): Promise<Mobility> {
    const learner = (await em.findOneBy(LearnerEntity, {
      id: mobility.learnerId,
    })) as LearnerEntity;
    const viewer = viewerOf(caller, mobility, learner);
    const refs = await institutionRefs(em, [mobility.homeId, mobility.hostId]);
    const { curriculum, number } = await this.mouOf(em, mobility);
    const outcomeUnits = curriculum.units
      .filter((u) => u.outcomes.some((o) => mobility.outcomeIds.includes(o.id)))
      .map((u) => u.id);
    return {
      id: mobility.id,
      version: mobility.version,
      status: mobility.status,
      mouId: mobility.mouId,
      learner: {
        id: learner.id,
        name: learnerName(learner),
        learnerNumber: learner.learnerNumber,
        dateOfBirth: learner.dateOfBirth,
      },
      enrolmentId: mobility.enrolmentId,
      home: refs.get(mobility.homeId) ?? { id: mobility.homeId, name: '', country: '' },
      host: refs.get(mobility.hostId) ?? { id: mobility.hostId, name: '', country: '' },
      curriculum: {
        id: curriculum.id,
        version: number,
        code: curriculum.code,
        title: curriculum.title,
        primaryLanguage: curriculum.primaryLanguage,
      },
      startsOn: mobility.startsOn,
      endsOn: mobility.endsOn,
      unitIds: mobility.unitIds,
      outcomeIds: mobility.outcomeIds,
      units: unitRefs(curriculum, [...mobility.unitIds, ...outcomeUnits]),
      placement: mobility.placement,
      assessment: mobility.assessment,
      recording: mobility.recording,
      signatures: SIGNING_PARTIES.map((party) => ({
        party,
        at: mobility.signatures[party]?.at ?? null,
        by: mobility.signatures[party]?.by ?? null,
      })),
      callerParty: viewer?.party ?? null,
      awaitingCaller: viewer !== null && awaitingOf(mobility, viewer, caller) !== null,
      history: await historyOf(em, mobility.id),
      createdAt: mobility.createdAt,
      updatedAt: mobility.updatedAt,
    };
  }

  private async visible(em: EntityManager, caller: Caller): Promise<MobilityEntity[]> {
    const order = { startsOn: 'DESC' } as const;
    if (may(caller.role, 'mobility.read') && caller.institutionId !== null)
      return em.find(MobilityEntity, {
        where: [{ homeId: caller.institutionId }, { hostId: caller.institutionId }],
        order,
      });
    if (may(caller.role, 'record.own')) {
      const own = await em.findBy(LearnerEntity, { userId: caller.userId });
      return own.length === 0
        ? []
        : em.find(MobilityEntity, { where: { learnerId: In(own.map((l) => l.id)) }, order });
    }
    if (may(caller.role, 'mobility.read')) return em.find(MobilityEntity, { order });
    return [];
  }

  /**
   * The agreement is under an accepted MoU of home and host, within its validity, about units the
   * host delivers under it, for a learner enrolled in the MoU's curriculum.
   */
  private async checkAgreement(
    em: EntityManager,
    homeId: string,
    learnerId: string,
    a: Pick<
      CreateMobilityDto,
      'mouId' | 'hostInstitutionId' | 'startsOn' | 'endsOn' | 'unitIds' | 'outcomeIds'
    >,
  ): Promise<{ enrolmentId: string }> {
    const mou = await em.findOneBy(MouEntity, { id: a.mouId });
    const partners = mou === null ? [] : await em.findBy(MouPartnerEntity, { mouId: mou.id });
    if (
      mou === null ||
      mou.status !== 'accepted' ||
      !partners.some((p) => p.institutionId === homeId)
    )
      throw new InvalidInputError([
        { path: 'mouId', message: msg`must be an accepted MoU of your school` },
      ]);
    const host = partners.find((p) => p.institutionId === a.hostInstitutionId);
    if (host === undefined || a.hostInstitutionId === homeId)
      throw new InvalidInputError([
        { path: 'hostInstitutionId', message: msg`must be another partner of the MoU` },
      ]);
    const enrolment = await em.findOneBy(EnrolmentEntity, {
      learnerId,
      curriculumId: mou.curriculumId,
    });
    if (enrolment === null)
      throw new InvalidInputError([
        { path: 'learnerId', message: msg`is not enrolled in the MoU's curriculum` },
      ]);
    const { curriculum } = await publishedCurriculum(em, mou.curriculumId, mou.curriculumVersion);
    const delivered = new Set(host.unitIds);
    const outcomesOfHost = new Set(
      curriculum.units
        .filter((u) => delivered.has(u.id))
        .flatMap((u) => u.outcomes.map((o) => o.id)),
    );
    requireNoProblems([
      ...periodProblems(a.startsOn, a.endsOn, 'endsOn'),
      ...(a.startsOn < mou.validFrom || a.endsOn > mou.validUntil
        ? [
            {
              path: 'startsOn',
              message: msg`must lie within the MoU's validity (${mou.validFrom} to ${mou.validUntil})`,
            },
          ]
        : []),
      ...unknownUnits(curriculum, a.unitIds, 'unitIds', delivered),
      ...(a.outcomeIds ?? []).flatMap((id, i) =>
        outcomesOfHost.has(id)
          ? []
          : [
              {
                path: `outcomeIds[${i}]`,
                message: msg`is not an outcome of a unit the host delivers`,
              },
            ],
      ),
    ]);
    return { enrolmentId: enrolment.id };
  }
}
