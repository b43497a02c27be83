import {
  allSkillsOf,
  may,
  msg,
  outcomeSkillsOf,
  rankPlacements,
  type EscoReference,
  type PlacementMatch,
  type PlacementNeed,
  type PlacementOffer,
  type PlacementRequest,
  type PlacementRequestStatus,
} from '@curriculum-builder/curriculum';
import type {
  AnswerPlacementRequestDto,
  CreatePlacementOfferDto,
  CreatePlacementRequestDto,
  PlacementMatchQuery,
  PlacementQuery,
  UpdatePlacementOfferDto,
} from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import {
  CurriculaRepository,
  CurriculumEntity,
  LearningOutcomeEntity,
  requireAuthor,
  UnitEntity,
  WorkBasedLearningEntity,
} from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacementOfferEntity, PlacementRequestEntity } from './entities/placement.entities';

/** Requests that hold places: an accepted one takes them until it is withdrawn. */
const HOLDING: PlacementRequestStatus = 'accepted';

/** 400 when a period ends before it starts. */
function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn)
    throw new InvalidInputError([
      { path: 'endsOn', message: msg`endsOn must not be before startsOn (${startsOn})` },
    ]);
}

/**
 * Work-based learning placements (issue #21, ADR 0030): companies and associations offer places;
 * schools see the offers that fit a WBL period of their curricula, ranked, and request places;
 * the offerer accepts or declines.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly curricula: CurriculaRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Offerers see their own offers; schools the open ones; administrators all. */
  list(caller: Caller, query: PlacementQuery): Promise<{ items: PlacementOffer[] }> {
    return this.uow.read(async (em) => {
      const rows = await em.find(PlacementOfferEntity, {
        where: {
          ...this.visibleWhere(caller),
          ...(query.status === undefined ? {} : { status: query.status }),
          ...(query.country === undefined ? {} : { country: query.country }),
        },
        order: { startsOn: 'ASC', id: 'ASC' },
      });
      const offers = await this.offersOf(em, rows);
      return {
        items: offers.filter(
          (offer) =>
            (query.skill === undefined || offer.escoSkills.some((s) => s.uri === query.skill)) &&
            (query.language === undefined || offer.languages.includes(query.language)),
        ),
      };
    });
  }

  get(caller: Caller, id: string): Promise<PlacementOffer> {
    return this.uow.read(async (em) => {
      const [offer] = await this.offersOf(em, [await this.visibleOffer(em, caller, id)]);
      return offer;
    });
  }

  /** A new open offer of the caller's company or association. */
  create(caller: Caller, dto: CreatePlacementOfferDto): Promise<PlacementOffer> {
    return this.uow.write((em) => this.createIn(em, caller.institutionId ?? '', dto));
  }

  /** `create` for the offerer `institutionId` within the transaction `em` (also the demo's). */
  async createIn(
    em: EntityManager,
    institutionId: string,
    dto: CreatePlacementOfferDto,
  ): Promise<PlacementOffer> {
    checkPeriod(dto.startsOn, dto.endsOn);
    const offerer = await em.findOneByOrFail(InstitutionEntity, { id: institutionId });
    const now = nowIso();
    const row: PlacementOfferEntity = {
      id: randomUUID(),
      institutionId: offerer.id,
      company: dto.company?.trim() || offerer.name,
      title: dto.title,
      activities: dto.activities ?? {},
      city: dto.city.trim(),
      country: dto.country,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      hoursPerWeek: dto.hoursPerWeek,
      capacity: dto.capacity,
      escoSkills: dto.escoSkills,
      languages: [...new Set(dto.languages)],
      contactName: dto.contact.name.trim(),
      contactEmail: dto.contact.email.trim(),
      status: 'open',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await em.insert(PlacementOfferEntity, row);
    const [offer] = await this.offersOf(em, [row]);
    return offer;
  }

  /** Changes an own offer (its version must be the current one); `status: closed` ends its matches. */
  update(caller: Caller, id: string, dto: UpdatePlacementOfferDto): Promise<PlacementOffer> {
    return this.uow.write(async (em) => {
      const row = await this.ownOffer(em, caller, id);
      const { version, contact, ...fields } = dto;
      checkPeriod(fields.startsOn ?? row.startsOn, fields.endsOn ?? row.endsOn);
      const taken = (await this.takenOf(em, [id])).get(id) ?? 0;
      if (fields.capacity !== undefined && fields.capacity < taken)
        throw new InvalidInputError([
          {
            path: 'capacity',
            message: msg`capacity must be at least the ${taken} place(s) accepted requests hold`,
          },
        ]);
      const changes = {
        ...fields,
        ...(fields.languages === undefined ? {} : { languages: [...new Set(fields.languages)] }),
        ...(contact === undefined
          ? {}
          : { contactName: contact.name.trim(), contactEmail: contact.email.trim() }),
        updatedAt: nowIso(),
      };
      if (!(await updateVersioned(em, PlacementOfferEntity, id, version, changes))) {
        const [current] = await this.offersOf(em, [await this.ownOffer(em, caller, id)]);
        throw new VersionConflictError(msg`placement offer`, current);
      }
      const [offer] = await this.offersOf(em, [await this.ownOffer(em, caller, id)]);
      return offer;
    });
  }

  /**
   * The open offers that fit a WBL period of the caller's curriculum, best first: what the period
   * needs (the ESCO skills of its units and outcomes, its hours, the curriculum's languages, the
   * dates the school plans) and, per offer, the score and why.
   */
  matches(
    caller: Caller,
    curriculumId: string,
    wblId: string,
    query: PlacementMatchQuery,
  ): Promise<{ need: PlacementNeed; items: PlacementMatch[] }> {
    checkPeriod(query.from, query.to);
    return this.uow.read(async (em) => {
      const need = await this.needOf(em, caller, curriculumId, wblId, query);
      const rows = await em.find(PlacementOfferEntity, { where: { status: 'open' } });
      return { need, items: rankPlacements(need, await this.offersOf(em, rows)) };
    });
  }

  /** A request of the caller's school for places of an open offer, for one WBL period. */
  request(
    caller: Caller,
    offerId: string,
    dto: CreatePlacementRequestDto,
  ): Promise<PlacementRequest> {
    checkPeriod(dto.startsOn, dto.endsOn);
    return this.uow.write(async (em) => {
      const curriculum = await requireAuthor(this.curricula, em, caller, dto.curriculumId);
      await this.requirePeriod(em, curriculum.id, dto.wblId);
      const offer = await this.visibleOffer(em, caller, offerId);
      if (offer.status !== 'open')
        throw new InvalidStateError(msg`Placement offer ${offerId} is closed.`);
      const free = await this.freePlaces(em, offer);
      if (dto.places > free)
        throw new InvalidStateError(
          msg`Placement offer ${offerId} has ${free} free place(s); ${dto.places} were asked for.`,
        );
      const open = await em.existsBy(PlacementRequestEntity, {
        offerId,
        wblId: dto.wblId,
        status: In(['pending', 'accepted']),
      });
      if (open)
        throw new InvalidStateError(
          msg`This WBL period already has a pending or accepted request for placement offer ${offerId}.`,
        );
      const row: PlacementRequestEntity = {
        id: randomUUID(),
        offerId,
        curriculumId: curriculum.id,
        wblId: dto.wblId,
        institutionId: curriculum.institutionId,
        places: dto.places,
        message: dto.message?.trim() ?? '',
        startsOn: dto.startsOn ?? null,
        endsOn: dto.endsOn ?? null,
        status: 'pending',
        answer: null,
        createdAt: nowIso(),
        decidedAt: null,
      };
      await em.insert(PlacementRequestEntity, row);
      // The offerer hears of it, in the app and by e-mail.
      await this.notifications.notify(em, {
        kind: 'placement-request',
        curriculumId: curriculum.id,
        actorId: caller.userId,
        offererId: offer.institutionId,
        detail: String(row.places),
      });
      const [created] = await this.requestsOf(em, [row]);
      return created;
    });
  }

  /** Offerers: the requests for their offers; schools: their own; administrators: all. Newest first. */
  requests(caller: Caller): Promise<{ items: PlacementRequest[] }> {
    return this.uow.read(async (em) => {
      const where = may(caller.role, 'placement.offer')
        ? {
            offerId: In(
              (
                await em.find(PlacementOfferEntity, {
                  select: { id: true },
                  where: { institutionId: caller.institutionId ?? '' },
                })
              ).map((o) => o.id),
            ),
          }
        : may(caller.role, 'curriculum.read-any')
          ? {}
          : { institutionId: caller.institutionId ?? '' };
      const rows = await em.find(PlacementRequestEntity, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
      });
      return { items: await this.requestsOf(em, rows) };
    });
  }

  /** The offerer accepts (while places are free) or declines a pending request. */
  answer(
    caller: Caller,
    id: string,
    decision: 'accepted' | 'declined',
    dto: AnswerPlacementRequestDto,
  ): Promise<PlacementRequest> {
    return this.uow.write(async (em) => {
      const row = await em.findOneBy(PlacementRequestEntity, { id });
      const offer =
        row === null ? null : await em.findOneBy(PlacementOfferEntity, { id: row.offerId });
      if (row === null || offer === null || offer.institutionId !== caller.institutionId)
        throw new NotFoundError(msg`Placement request`, id);
      if (row.status !== 'pending')
        throw new InvalidStateError(msg`Placement request ${id} is ${row.status}, not pending.`);
      if (decision === 'accepted') {
        const free = await this.freePlaces(em, offer);
        if (row.places > free)
          throw new InvalidStateError(
            msg`Placement offer ${offer.id} has ${free} free place(s); the request asks for ${row.places}.`,
          );
      }
      const answered = await this.decide(em, row, decision, dto.answer?.trim() || null);
      // The school's authors hear of the answer.
      await this.notifications.notify(em, {
        kind: 'placement-answer',
        curriculumId: row.curriculumId,
        actorId: caller.userId,
        detail: decision,
      });
      return answered;
    });
  }

  /** The school withdraws its pending or accepted request (accepted places become free again). */
  withdraw(caller: Caller, id: string): Promise<PlacementRequest> {
    return this.uow.write(async (em) => {
      const row = await em.findOneBy(PlacementRequestEntity, { id });
      if (row === null || row.institutionId !== caller.institutionId)
        throw new NotFoundError(msg`Placement request`, id);
      if (row.status !== 'pending' && row.status !== 'accepted')
        throw new InvalidStateError(msg`Placement request ${id} is ${row.status} already.`);
      return this.decide(em, row, 'withdrawn', row.answer);
    });
  }

  private async decide(
    em: EntityManager,
    row: PlacementRequestEntity,
    status: PlacementRequestStatus,
    answer: string | null,
  ): Promise<PlacementRequest> {
    const decidedAt = nowIso();
    // Only from the state read: a concurrent answer makes this one a conflict.
    const moved = await em.update(
      PlacementRequestEntity,
      { id: row.id, status: row.status },
      { status, answer, decidedAt },
    );
    if (moved.affected !== 1)
      throw new InvalidStateError(msg`Placement request ${row.id} changed meanwhile; reload it.`);
    const [request] = await this.requestsOf(em, [{ ...row, status, answer, decidedAt }]);
    return request;
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────────

  /** Which offers a caller sees: offerers their own, administrators all, schools the open ones. */
  private visibleWhere(
    caller: Caller,
  ): Partial<Pick<PlacementOfferEntity, 'institutionId' | 'status'>> {
    if (may(caller.role, 'placement.offer')) return { institutionId: caller.institutionId ?? '' };
    if (may(caller.role, 'curriculum.read-any')) return {};
    return { status: 'open' };
  }

  private async visibleOffer(
    em: EntityManager,
    caller: Caller,
    id: string,
  ): Promise<PlacementOfferEntity> {
    const row = await em.findOneBy(PlacementOfferEntity, { id, ...this.visibleWhere(caller) });
    if (row === null) throw new NotFoundError(msg`Placement offer`, id);
    return row;
  }

  private async ownOffer(
    em: EntityManager,
    caller: Caller,
    id: string,
  ): Promise<PlacementOfferEntity> {
    const row = await em.findOneBy(PlacementOfferEntity, { id });
    if (row === null || row.institutionId !== caller.institutionId)
      throw new NotFoundError(msg`Placement offer`, id);
    return row;
  }

  private async requirePeriod(
    em: EntityManager,
    curriculumId: string,
    wblId: string,
  ): Promise<WorkBasedLearningEntity> {
    const period = await em.findOneBy(WorkBasedLearningEntity, { id: wblId, curriculumId });
    if (period === null) throw new NotFoundError(msg`Work-based learning period`, wblId);
    return period;
  }

  /**
   * What a WBL period needs: the ESCO skills of its units and outcomes (of the units of its year
   * when it names none), its hours, the curriculum's languages and the dates planned.
   */
  private async needOf(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    wblId: string,
    query: PlacementMatchQuery,
  ): Promise<PlacementNeed> {
    const curriculum: CurriculumEntity = await requireAuthor(
      this.curricula,
      em,
      caller,
      curriculumId,
    );
    const period = await this.requirePeriod(em, curriculumId, wblId);
    const units = await em.find(UnitEntity, {
      where: { curriculumId },
      order: { position: 'ASC' },
    });
    const outcomes = await em.find(LearningOutcomeEntity, {
      where: { curriculumId },
      order: { position: 'ASC' },
    });
    const named = period.unitIds.length + period.outcomeIds.length > 0;
    const chosen = units.filter((u) =>
      named ? period.unitIds.includes(u.id) : u.year === period.year,
    );
    const skills: EscoReference[] = [
      ...chosen.flatMap((unit) =>
        allSkillsOf({ ...unit, outcomes: outcomes.filter((o) => o.unitId === unit.id) }),
      ),
      ...outcomes.filter((o) => period.outcomeIds.includes(o.id)).flatMap(outcomeSkillsOf),
    ];
    return {
      skills: [...new Map(skills.map((skill) => [skill.uri, skill])).values()],
      hours: period.durationHours,
      languages: curriculum.languages,
      startsOn: query.from ?? null,
      endsOn: query.to ?? null,
    };
  }

  /** Places of an offer that no accepted request holds. */
  private async freePlaces(em: EntityManager, offer: PlacementOfferEntity): Promise<number> {
    return offer.capacity - ((await this.takenOf(em, [offer.id])).get(offer.id) ?? 0);
  }

  /** Accepted places per offer. */
  private async takenOf(
    em: EntityManager,
    offerIds: readonly string[],
  ): Promise<Map<string, number>> {
    const taken = new Map<string, number>();
    if (offerIds.length === 0) return taken;
    const holding = await em.find(PlacementRequestEntity, {
      select: { offerId: true, places: true },
      where: { offerId: In([...offerIds]), status: HOLDING },
    });
    for (const request of holding)
      taken.set(request.offerId, (taken.get(request.offerId) ?? 0) + request.places);
    return taken;
  }

  private async offersOf(
    em: EntityManager,
    rows: readonly PlacementOfferEntity[],
  ): Promise<PlacementOffer[]> {
    if (rows.length === 0) return [];
    const institutions = await em.findBy(InstitutionEntity, {
      id: In([...new Set(rows.map((r) => r.institutionId))]),
    });
    const institutionOf = new Map(institutions.map((i) => [i.id, i]));
    const taken = await this.takenOf(
      em,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const { id, name, kind, country } = institutionOf.get(row.institutionId) ?? {
        id: row.institutionId,
        name: '',
        kind: 'company' as const,
        country: row.country,
      };
      const { institutionId: _i, contactName, contactEmail, ...fields } = row;
      return {
        ...fields,
        offerer: { id, name, kind, country },
        taken: taken.get(row.id) ?? 0,
        contact: { name: contactName, email: contactEmail },
      };
    });
  }

  private async requestsOf(
    em: EntityManager,
    rows: readonly PlacementRequestEntity[],
  ): Promise<PlacementRequest[]> {
    if (rows.length === 0) return [];
    const offers = await em.findBy(PlacementOfferEntity, {
      id: In([...new Set(rows.map((r) => r.offerId))]),
    });
    const offerOf = new Map(offers.map((o) => [o.id, o]));
    const curricula = await em.find(CurriculumEntity, {
      select: { id: true, code: true, title: true },
      where: { id: In([...new Set(rows.map((r) => r.curriculumId))]) },
    });
    const curriculumOf = new Map(curricula.map((c) => [c.id, c]));
    const schools = await em.findBy(InstitutionEntity, {
      id: In([...new Set(rows.map((r) => r.institutionId))]),
    });
    const schoolOf = new Map(schools.map((s) => [s.id, s]));
    return rows.map((row) => {
      const offer = offerOf.get(row.offerId);
      const curriculum = curriculumOf.get(row.curriculumId);
      const school = schoolOf.get(row.institutionId);
      return {
        id: row.id,
        offerId: row.offerId,
        offerTitle: offer?.title ?? {},
        company: offer?.company ?? '',
        curriculum: {
          id: row.curriculumId,
          code: curriculum?.code ?? '',
          title: curriculum?.title ?? {},
        },
        wblId: row.wblId,
        school: { id: row.institutionId, name: school?.name ?? '', country: school?.country ?? '' },
        places: row.places,
        message: row.message,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        status: row.status,
        answer: row.answer,
        createdAt: row.createdAt,
        decidedAt: row.decidedAt,
      };
    });
  }
}
