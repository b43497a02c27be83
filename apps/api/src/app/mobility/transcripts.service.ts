import { may, type Curriculum, type Transcript, msg } from '@curriculum-builder/curriculum';
import type { RejectDto, TranscriptLineDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
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
  AchievementEntity,
  MobilityEntity,
  TranscriptLineEntity,
} from './entities/mobility.entities';
import { resultProblems } from './learners.service';
import { MobilitiesService, type MobilityViewer } from './mobilities.service';
import { recordEvent, requireNoProblems } from './mobility-support';

/** The units a transcript may hold results of: the agreed units and those of agreed outcomes. */
function agreedUnits(curriculum: Curriculum, mobility: MobilityEntity): Set<string> {
  return new Set([
    ...mobility.unitIds,
    ...curriculum.units
      .filter((u) => u.outcomes.some((o) => mobility.outcomeIds.includes(o.id)))
      .map((u) => u.id),
  ]);
}

/**
 * Personal Transcripts (issue #18, ADR 0022): the host's staff record the results of the agreed
 * units while the agreement is signed, its coordinator issues the transcript (then it is locked),
 * and the home school's coordinator recognises or refuses (with a reason) each line. A recognised
 * line becomes a result of the learner's record, counted like one assessed at home.
 */
@Injectable()
export class TranscriptsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mobilities: MobilitiesService,
  ) {}

  get(caller: Caller, id: string): Promise<Transcript> {
    return this.unitOfWork.read(async (em) => {
      const { mobility } = await this.mobilities.requireVisible(em, caller, id);
      return this.view(em, mobility);
    });
  }

  addLine(caller: Caller, id: string, dto: TranscriptLineDto): Promise<Transcript> {
    return this.unitOfWork.write(async (em) => {
      const { mobility } = await this.requireHost(em, caller, id, 'mobility.assess');
      const curriculum = await this.mobilities.curriculumOf(em, mobility);
      if (dto.place === 'home')
        throw new InvalidInputError([
          { path: 'place', message: msg`is the host institution or a company` },
        ]);
      requireNoProblems(resultProblems(curriculum, dto, agreedUnits(curriculum, mobility)));
      // A unit agreed only in single outcomes takes results of those outcomes only.
      if (
        !mobility.unitIds.includes(dto.unitId) &&
        (dto.outcomeId === undefined || !mobility.outcomeIds.includes(dto.outcomeId))
      ) {
        throw new InvalidInputError([
          { path: 'outcomeId', message: msg`must be one of the outcomes agreed for this unit` },
        ]);
      }
      const position = await em.countBy(TranscriptLineEntity, { mobilityId: id });
      await em.insert(TranscriptLineEntity, {
        id: randomUUID(),
        mobilityId: id,
        position,
        unitId: dto.unitId,
        outcomeId: dto.outcomeId ?? null,
        assessedOn: dto.assessedOn,
        method: dto.method.trim(),
        result: dto.result,
        grade: dto.grade?.trim() ?? null,
        assessor: dto.assessor.trim(),
        place: dto.place,
        placeName: (dto.placeName ?? '').trim(),
        decision: 'pending',
        reason: null,
        decidedAt: null,
        decidedBy: null,
        version: 1,
      });
      await recordEvent(em, caller, 'mobility', id, 'transcript.result-recorded');
      return this.view(em, mobility);
    });
  }

  deleteLine(caller: Caller, id: string, lineId: string): Promise<Transcript> {
    return this.unitOfWork.write(async (em) => {
      const { mobility } = await this.requireHost(em, caller, id, 'mobility.assess');
      const removed = await em.delete(TranscriptLineEntity, { id: lineId, mobilityId: id });
      if (removed.affected !== 1) throw new NotFoundError(msg`Transcript line`, lineId);
      await recordEvent(em, caller, 'mobility', id, 'transcript.result-deleted');
      return this.view(em, mobility);
    });
  }

  /** The host's coordinator issues the transcript; from then on it does not change. */
  issue(caller: Caller, id: string, version: number): Promise<Transcript> {
    return this.unitOfWork.write(async (em) => {
      const { mobility } = await this.requireHost(em, caller, id, 'mobility.manage');
      await this.mobilities.requireVersion(em, caller, mobility, version);
      if ((await em.countBy(TranscriptLineEntity, { mobilityId: id })) === 0)
        throw new InvalidStateError(msg`A transcript is issued with at least one result.`);
      mobility.status = 'transcript-issued';
      mobility.transcriptIssuedAt = nowIso();
      mobility.transcriptIssuedBy = caller.displayName;
      await this.mobilities.bump(em, mobility);
      await recordEvent(em, caller, 'mobility', id, 'transcript.issued');
      return this.view(em, mobility);
    });
  }

  /** The home school's coordinator recognises a line (it joins the record) or refuses it. */
  decide(
    caller: Caller,
    id: string,
    lineId: string,
    decision: 'recognised' | 'refused',
    dto: { version: number; reason?: string },
  ): Promise<Transcript> {
    return this.unitOfWork.write(async (em) => {
      const { mobility, viewer } = await this.mobilities.requireVisible(em, caller, id);
      if (viewer.party !== 'home')
        throw new ForbiddenError(
          msg`Only the coordinator of the learner's school recognises results.`,
        );
      if (mobility.status !== 'transcript-issued')
        throw new InvalidStateError(
          msg`Results are recognised once the host issued the transcript.`,
        );
      const line = await em.findOneBy(TranscriptLineEntity, { id: lineId, mobilityId: id });
      if (line === null) throw new NotFoundError(msg`Transcript line`, lineId);
      if (line.version !== dto.version)
        throw new VersionConflictError(msg`transcript line`, await this.view(em, mobility));
      if (line.decision !== 'pending')
        throw new InvalidStateError(msg`The line was decided already.`);
      const now = nowIso();
      const decided = await updateVersioned(em, TranscriptLineEntity, lineId, line.version, {
        decision,
        reason: dto.reason?.trim() ?? null,
        decidedAt: now,
        decidedBy: caller.displayName,
      });
      if (!decided) throw new InvalidStateError(msg`The line changed meanwhile; reload it.`);
      if (decision === 'recognised') {
        await em.insert(AchievementEntity, {
          id: randomUUID(),
          enrolmentId: mobility.enrolmentId,
          unitId: line.unitId,
          outcomeId: line.outcomeId,
          kind: 'mobility',
          assessedOn: line.assessedOn,
          method: line.method,
          result: line.result,
          grade: line.grade,
          assessor: line.assessor,
          place: line.place,
          placeName: line.placeName,
          evidence: null,
          mobilityId: id,
          transcriptLineId: line.id,
          recordedBy: caller.userId,
          recordedAt: now,
        });
      }
      const pending = await em.countBy(TranscriptLineEntity, {
        mobilityId: id,
        decision: 'pending',
      });
      if (pending === 0) mobility.status = 'completed';
      await this.mobilities.bump(em, mobility);
      await recordEvent(
        em,
        caller,
        'mobility',
        id,
        decision === 'recognised' ? 'transcript.line-recognised' : 'transcript.line-refused',
        dto.reason?.trim() ?? null,
      );
      return this.view(em, mobility);
    });
  }

  refuse(caller: Caller, id: string, lineId: string, dto: RejectDto): Promise<Transcript> {
    return this.decide(caller, id, lineId, 'refused', dto);
  }

  async view(em: EntityManager, mobility: MobilityEntity): Promise<Transcript> {
    const curriculum = await this.mobilities.curriculumOf(em, mobility);
    const points = new Map(curriculum.units.map((u) => [u.id, u.ecvetPoints]));
    const lines = await em.find(TranscriptLineEntity, {
      where: { mobilityId: mobility.id },
      order: { position: 'ASC' },
    });
    const unitPoints = (keep: (l: TranscriptLineEntity) => boolean) =>
      lines
        .filter((l) => l.outcomeId === null && l.result === 'passed' && keep(l))
        .reduce((sum, l) => sum + (points.get(l.unitId) ?? 0), 0);
    return {
      mobilityId: mobility.id,
      version: mobility.version,
      issuedAt: mobility.transcriptIssuedAt,
      issuedBy: mobility.transcriptIssuedBy,
      lines: lines.map((l) => ({
        id: l.id,
        version: l.version,
        unitId: l.unitId,
        outcomeId: l.outcomeId,
        assessedOn: l.assessedOn,
        method: l.method,
        result: l.result,
        grade: l.grade,
        assessor: l.assessor,
        place: l.place,
        placeName: l.placeName,
        ecvetPoints: l.outcomeId === null ? (points.get(l.unitId) ?? 0) : 0,
        decision: l.decision,
        reason: l.reason,
        decidedAt: l.decidedAt,
        decidedBy: l.decidedBy,
      })),
      points: {
        passed: unitPoints(() => true),
        recognised: unitPoints((l) => l.decision === 'recognised'),
      },
    };
  }

  /** The host's staff with `permission`, while the agreement is signed and the transcript open. */
  private async requireHost(
    em: EntityManager,
    caller: Caller,
    id: string,
    permission: 'mobility.assess' | 'mobility.manage',
  ): Promise<{ mobility: MobilityEntity; viewer: MobilityViewer }> {
    const { mobility, viewer } = await this.mobilities.requireVisible(em, caller, id);
    if (viewer.side !== 'host' || !may(caller.role, permission))
      throw new ForbiddenError(
        msg`Only staff of the host institution record and issue the transcript.`,
      );
    if (mobility.status !== 'signed') {
      throw new InvalidStateError(
        mobility.status === 'draft' || mobility.status === 'proposed'
          ? msg`Results are recorded once home, host and learner signed the agreement.`
          : msg`The transcript was issued and is locked.`,
      );
    }
    return { mobility, viewer };
  }
}
