import {
  msg,
  type Curriculum,
  type Institution,
  type LibraryEntry,
  type LibraryEntrySummary,
  type LibraryUsage,
  type LibraryVersion,
  type LocalizedText,
  type ProvenanceRecord,
  type Unit,
} from '@curriculum-builder/curriculum';
import type {
  AdoptFromLibraryDto,
  LibraryQuery,
  PublishToLibraryDto,
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
} from '../../common/errors/domain.errors';
import { insertChunked } from '../../infrastructure/database/insert-chunked';
import { rawQuery } from '../../infrastructure/database/raw-query';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import {
  CurriculaRepository,
  CurriculaService,
  curriculumContentHash,
  CurriculumVersionEntity,
  requireAuthor,
  unitContentHash,
  UnitsService,
} from '../curricula';
import { EscoCatalogueService } from '../esco/esco-catalogue.service';
import { normalise } from '../esco/esco-search';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { attributionOf, LibraryAccess, unitOf } from './library-access';
import { indexed, LibraryIndex, nextChange, type IndexedEntry } from './library-index';
import {
  LibraryAdoptionEntity,
  LibraryEntryEntity,
  LibraryVersionEntity,
} from './entities/library.entities';

const DEFAULT_LIMIT = 20;

/**
 * The words a search finds a version by: the code, titles, description and outcomes in every
 * language of its unit (or of its curriculum and all its units), and the keywords.
 */
function searchTextOf(
  content: Pick<LibraryVersionEntity, 'unit' | 'curriculum'>,
  keywords: readonly string[],
): string {
  const texts = (text: LocalizedText) => Object.values(text);
  const unitWords = (unit: Unit) => [
    unit.code,
    ...texts(unit.title),
    ...texts(unit.description),
    ...unit.outcomes.flatMap((outcome) => texts(outcome.text)),
  ];
  const { unit, curriculum } = content;
  return normalise(
    [
      ...(curriculum === null
        ? []
        : [curriculum.code, ...texts(curriculum.title), ...texts(curriculum.description)]),
      ...(curriculum?.units ?? (unit === null ? [] : [unit])).flatMap(unitWords),
      ...keywords,
    ].join(' '),
  );
}

/** The source's units a curriculum's new version changed or removed. */
function changedUnits(before: Curriculum, after: Curriculum): Set<string> {
  const now = new Map(after.units.map((unit) => [unit.id, unitContentHash(unit)]));
  return new Set(
    before.units.filter((unit) => now.get(unit.id) !== unitContentHash(unit)).map((u) => u.id),
  );
}

/** The provenance of a copy of `unit` of an entry's version (outcome sources added by the copy). */
function provenanceOf(
  entry: LibraryEntryEntity,
  version: LibraryVersionEntity,
  unit: Unit,
  publisher: InstitutionEntity,
): Omit<ProvenanceRecord, 'outcomeSources'> {
  return {
    entryId: entry.id,
    version: version.number,
    source: { curriculumId: entry.sourceCurriculumId, unitId: unit.id },
    institution: { id: publisher.id, name: publisher.name, country: publisher.country },
    licence: entry.licence,
    attribution: attributionOf(entry, version, unit, publisher),
    contentHash: unitContentHash(unit),
  };
}

/** The normalised words of a query: each must start a word of an entry. */
function queryWords(query: string | undefined): string[] {
  return query === undefined
    ? []
    : normalise(query)
        .split(' ')
        .filter((word) => word !== '');
}

/**
 * The shared library (issue #21, ADR 0029): authors publish units of their school's published
 * curricula, with a licence; everybody finds the entries under CC BY 4.0, the publisher's network
 * also those for its members only; authors adopt a copy into a draft, which keeps its provenance.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly units: UnitsService,
    private readonly curricula: CurriculaService,
    private readonly esco: EscoCatalogueService,
    private readonly access: LibraryAccess,
    private readonly notifications: NotificationsService,
    private readonly index: LibraryIndex,
  ) {}

  /**
   * Publishes the unit as the curriculum's published version has it — or without `unitId` that
   * whole version as a good-practice example: a new entry, or a new version of its entry when its
   * content changed since (else the entry as it is, its licence and keywords updated). `created`
   * says whether a version was added.
   */
  publish(
    caller: Caller,
    dto: PublishToLibraryDto,
  ): Promise<{ entry: LibraryEntry; created: boolean }> {
    return this.uow.write((em) => this.publishIn(em, caller, dto));
  }

  /** `publish` within the caller's transaction `em` (also the demo's). */
  async publishIn(
    em: EntityManager,
    caller: Caller,
    dto: PublishToLibraryDto,
  ): Promise<{ entry: LibraryEntry; created: boolean }> {
    const curriculum = await requireAuthor(this.repository, em, caller, dto.curriculumId);
    if (curriculum.publishedVersion === null)
      throw new InvalidStateError(
        msg`Curriculum ${curriculum.id} has no published version: the library takes units as a published version has them, so publish the curriculum first.`,
      );
    const { snapshot } = await em.findOneByOrFail(CurriculumVersionEntity, {
      curriculumId: curriculum.id,
      number: curriculum.publishedVersion,
    });
    const unit = dto.unitId === undefined ? null : snapshot.units.find((u) => u.id === dto.unitId);
    if (unit === undefined)
      throw new NotFoundError(msg`Unit in the published version`, dto.unitId ?? '');
    const content = unit === null ? { unit, curriculum: snapshot } : { unit, curriculum: null };
    const now = nowIso();
    const found = await em.findOneBy(
      LibraryEntryEntity,
      unit === null
        ? { kind: 'curriculum', sourceCurriculumId: curriculum.id }
        : { sourceUnitId: unit.id },
    );
    const entry =
      found ??
      em.create(LibraryEntryEntity, {
        id: randomUUID(),
        kind: unit === null ? 'curriculum' : 'unit',
        institutionId: curriculum.institutionId,
        sourceCurriculumId: curriculum.id,
        sourceUnitId: unit?.id ?? null,
        licence: dto.licence ?? 'CC-BY-4.0',
        keywords: dto.keywords ?? [],
        latestVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
    if (dto.licence !== undefined) entry.licence = dto.licence;
    if (dto.keywords !== undefined)
      entry.keywords = [...new Set(dto.keywords.map((k) => k.trim()))];
    const hash = unit === null ? curriculumContentHash(snapshot) : unitContentHash(unit);
    const latest =
      found === null
        ? null
        : await em.findOneBy(LibraryVersionEntity, {
            entryId: entry.id,
            number: entry.latestVersion,
          });
    const created = latest?.contentHash !== hash;
    if (created) entry.latestVersion += 1;
    // Later than any change before: the search index sees every change (LibraryIndex).
    entry.updatedAt = await nextChange(em, now);
    await em.save(LibraryEntryEntity, entry);
    if (created) {
      await em.save(LibraryVersionEntity, {
        entryId: entry.id,
        number: entry.latestVersion,
        curriculumVersion: curriculum.publishedVersion,
        ...content,
        searchText: searchTextOf(content, entry.keywords),
        contentHash: hash,
        publishedAt: now,
        publishedBy: caller.userId,
      });
      // The schools holding an earlier version hear of this one (of a curriculum: those whose
      // units changed in it).
      await this.notifyAdopters(
        em,
        entry.id,
        (unit ?? snapshot).code,
        caller.userId,
        latest?.curriculum === null || latest?.curriculum === undefined
          ? undefined
          : changedUnits(latest.curriculum, snapshot),
      );
    } else if (latest !== null && dto.keywords !== undefined) {
      // New keywords find the unchanged version too.
      latest.searchText = searchTextOf(latest, entry.keywords);
      await em.save(LibraryVersionEntity, latest);
    }
    return { entry: await this.entryOf(em, caller, entry.id), created };
  }

  /**
   * The schools holding a copy of an entry hear of its new version in their notifications; of a
   * curriculum entry, only those holding one of the `changed` units (the source's ids).
   */
  async notifyAdopters(
    em: EntityManager,
    entryId: string,
    code: string,
    actorId: string,
    changed?: ReadonlySet<string>,
  ): Promise<void> {
    const adoptions = await rawQuery<{ curriculumId: string; provenance: string }>(
      em,
      `SELECT a.curriculum_id AS "curriculumId", u.provenance AS provenance
       FROM library_adoption a JOIN unit u ON u.id = a.unit_id WHERE a.entry_id = :id`,
      { id: entryId },
    );
    const adopters = new Set(
      adoptions
        .filter(
          (adoption) =>
            changed === undefined ||
            changed.has((JSON.parse(adoption.provenance) as ProvenanceRecord).source.unitId),
        )
        .map((adoption) => adoption.curriculumId),
    );
    for (const curriculumId of adopters)
      await this.notifications.notify(em, {
        kind: 'library-update',
        curriculumId,
        actorId,
        detail: code,
      });
  }

  /** The entries the caller may see that match the query, newest first, one page. */
  search(
    caller: Caller | null,
    query: LibraryQuery,
  ): Promise<{ items: LibraryEntrySummary[]; total: number }> {
    return this.uow.read(async (em) => {
      const occupationSkills =
        query.occupation === undefined ? null : await this.occupationSkills(query.occupation);
      const inCountry =
        query.country === undefined
          ? null
          : (
              await em.find(InstitutionEntity, {
                select: { id: true },
                where: { country: query.country },
              })
            ).map((i) => i.id);
      const publishers = [
        ...(query.institution === undefined ? [] : [[query.institution]]),
        ...(inCountry === null ? [] : [inCountry]),
      ].reduce<Set<string> | undefined>(
        (within, ids) => new Set(ids.filter((id) => within === undefined || within.has(id))),
        undefined,
      );
      const sees = await this.access.sees(em, caller);
      const { total, page } = (await this.index.current(em)).search(
        {
          words: queryWords(query.q),
          seesMembersOnlyOf: (institutionId) => sees({ licence: 'network-members', institutionId }),
          kind: query.kind,
          eqf: query.eqf,
          minPoints: query.minPoints,
          maxPoints: query.maxPoints,
          area: query.area,
          language: query.language,
          skillSets: [
            ...(query.skill === undefined ? [] : [[query.skill]]),
            ...(occupationSkills === null ? [] : [[...occupationSkills]]),
          ],
          publishers,
        },
        query.offset ?? 0,
        query.limit ?? DEFAULT_LIMIT,
      );
      return { items: await this.summaries(em, page), total };
    });
  }

  /** An entry with its versions and usage (404 when the caller may not see it). */
  get(caller: Caller | null, id: string): Promise<LibraryEntry> {
    return this.uow.read((em) => this.entryOf(em, caller, id));
  }

  /** One published version of an entry, the unit as it was then. */
  version(caller: Caller | null, id: string, number: number): Promise<LibraryVersion> {
    return this.uow.read(async (em) => {
      const entry = await this.access.visibleEntry(em, caller, id);
      // A version number beyond the column's integers names none (PostgreSQL would refuse it).
      const version =
        number >= 1 && number <= entry.latestVersion
          ? await em.findOneBy(LibraryVersionEntity, { entryId: id, number })
          : null;
      if (version === null) throw new NotFoundError(msg`Library entry version`, `${id}/${number}`);
      return versionOf(version, entry);
    });
  }

  /**
   * A copy of a version (the latest by default) as a new unit of the caller's draft, keeping
   * where it came from: the entry, the version, the publisher, the licence and the attribution.
   * Of a curriculum entry: its unit `unitId` into the draft, or without a draft the whole
   * curriculum as a new draft of the caller's school, every unit with its provenance.
   */
  adopt(caller: Caller, id: string, dto: AdoptFromLibraryDto): Promise<Unit | { id: string }> {
    return this.uow.write(async (em) => {
      const { curriculumId } = dto;
      return curriculumId === undefined
        ? { id: await this.copyIn(em, caller, id, dto) }
        : this.adoptIn(em, caller, id, { ...dto, curriculumId });
    });
  }

  /** Adopting one unit within the caller's transaction `em` (also the demo's). */
  async adoptIn(
    em: EntityManager,
    caller: Caller,
    id: string,
    dto: AdoptFromLibraryDto & { readonly curriculumId: string },
  ): Promise<Unit> {
    const { entry, version, publisher } = await this.adoptable(em, caller, id, dto.version);
    if (entry.kind === 'unit' && dto.unitId !== undefined)
      throw new InvalidInputError([
        {
          path: 'unitId',
          message: msg`unitId names a unit of a curriculum entry; this entry is one unit`,
        },
      ]);
    if (entry.kind === 'curriculum' && dto.unitId === undefined)
      throw new InvalidInputError([
        {
          path: 'unitId',
          message: msg`unitId is needed to copy one unit of a curriculum into a draft`,
        },
      ]);
    const unit = unitOf(version, dto.unitId ?? null);
    if (unit === undefined)
      throw new NotFoundError(msg`Unit in the library entry version`, dto.unitId ?? '');
    const copy = await this.units.insertCopy(
      em,
      caller,
      dto.curriculumId,
      unit,
      provenanceOf(entry, version, unit, publisher),
    );
    await this.recordAdoptions(em, caller, entry, version.number, dto.curriculumId, [copy.id]);
    return copy;
  }

  /** A curriculum entry's version as a new draft of the caller's school: its id. */
  private async copyIn(
    em: EntityManager,
    caller: Caller,
    id: string,
    dto: AdoptFromLibraryDto,
  ): Promise<string> {
    const { entry, version, publisher } = await this.adoptable(em, caller, id, dto.version);
    if (version.curriculum === null || dto.unitId !== undefined)
      throw new InvalidInputError([
        {
          path: 'curriculumId',
          message: msg`curriculumId is needed: a unit is copied into a draft`,
        },
      ]);
    const { curriculum } = version;
    const copy = await this.curricula.copyFromLibrary(
      em,
      caller,
      curriculum,
      (unit, outcomeSources) => ({
        ...provenanceOf(entry, version, unit, publisher),
        outcomeSources,
      }),
      { from: entry.sourceCurriculumId, libraryEntry: entry.id, libraryVersion: version.number },
    );
    await this.recordAdoptions(em, caller, entry, version.number, copy.id, copy.unitIds);
    return copy.id;
  }

  /** The entry the caller may see, the version asked for (the latest by default), its publisher. */
  private async adoptable(
    em: EntityManager,
    caller: Caller,
    id: string,
    number: number | undefined,
  ): Promise<{
    entry: LibraryEntryEntity;
    version: LibraryVersionEntity;
    publisher: InstitutionEntity;
  }> {
    const entry = await this.access.visibleEntry(em, caller, id);
    const wanted = number ?? entry.latestVersion;
    const version = await em.findOneBy(LibraryVersionEntity, { entryId: id, number: wanted });
    if (version === null) throw new NotFoundError(msg`Library entry version`, `${id}/${wanted}`);
    const publisher = await em.findOneByOrFail(InstitutionEntity, { id: entry.institutionId });
    return { entry, version, publisher };
  }

  private async recordAdoptions(
    em: EntityManager,
    caller: Caller,
    entry: LibraryEntryEntity,
    version: number,
    curriculumId: string,
    unitIds: readonly string[],
  ): Promise<void> {
    const adoptedAt = nowIso();
    // One statement per chunk, whatever the number of units of a whole curriculum.
    await insertChunked(
      em,
      LibraryAdoptionEntity,
      unitIds.map((unitId) => ({
        unitId,
        entryId: entry.id,
        version,
        curriculumId,
        institutionId: caller.institutionId ?? '',
        adoptedAt,
      })),
    );
  }

  /** The ESCO skills an occupation needs (404 when the catalogue does not know it). */
  private async occupationSkills(uri: string): Promise<Set<string>> {
    const occupation = await this.esco.occupation(uri, 'en');
    if (occupation === null) throw new NotFoundError(msg`ESCO occupation`, uri);
    return new Set(occupation.skills.map((skill) => skill.uri));
  }

  /** Listings of entries: with their publishers and how many curricula hold a copy. */
  private async summaries(
    em: EntityManager,
    entries: readonly IndexedEntry[],
  ): Promise<LibraryEntrySummary[]> {
    if (entries.length === 0) return [];
    const institutions = await rawQuery<Institution>(
      em,
      'SELECT id, name, kind, country FROM institution WHERE id IN (:...ids)',
      { ids: [...new Set(entries.map((e) => e.institutionId))] },
    );
    const institutionOf = new Map(institutions.map((i) => [i.id, i]));
    const curriculaOf = new Map<string, Set<string>>();
    for (const adoption of await this.adoptionsOf(
      em,
      entries.map((e) => e.id),
    ))
      curriculaOf.set(
        adoption.entryId,
        (curriculaOf.get(adoption.entryId) ?? new Set()).add(adoption.curriculumId),
      );
    return entries.flatMap((entry) => {
      const institution = institutionOf.get(entry.institutionId);
      if (institution === undefined) return [];
      const { words: _words, institutionId: _institutionId, ...fields } = entry;
      const { id, name, kind, country } = institution;
      return [
        {
          ...fields,
          institution: { id, name, kind, country },
          adoptions: curriculaOf.get(entry.id)?.size ?? 0,
        },
      ];
    });
  }

  /** The adoptions of the entries whose local unit still exists. */
  private adoptionsOf(
    em: EntityManager,
    entryIds: readonly string[],
  ): Promise<Pick<LibraryAdoptionEntity, 'entryId' | 'curriculumId' | 'institutionId'>[]> {
    return rawQuery(
      em,
      `SELECT a.entry_id AS "entryId", a.curriculum_id AS "curriculumId",
         a.institution_id AS "institutionId"
       FROM library_adoption a JOIN unit u ON u.id = a.unit_id WHERE a.entry_id IN (:...ids)`,
      { ids: entryIds },
    );
  }

  private async entryOf(
    em: EntityManager,
    caller: Caller | null,
    id: string,
  ): Promise<LibraryEntry> {
    const entry = await this.access.visibleEntry(em, caller, id);
    const versions = await em.find(LibraryVersionEntity, {
      where: { entryId: id },
      order: { number: 'DESC' },
    });
    const latest = versions.find((v) => v.number === entry.latestVersion);
    const [summary] =
      latest === undefined ? [] : await this.summaries(em, [indexed(entry, latest)]);
    if (latest === undefined || summary === undefined)
      throw new NotFoundError(msg`Library entry`, id);
    const byInstitution = new Map<string, Set<string>>();
    for (const adoption of await this.adoptionsOf(em, [id])) {
      const curricula = byInstitution.get(adoption.institutionId) ?? new Set<string>();
      curricula.add(adoption.curriculumId);
      byInstitution.set(adoption.institutionId, curricula);
    }
    const institutions = await em.findBy(InstitutionEntity, { id: In([...byInstitution.keys()]) });
    const usage: LibraryUsage[] = institutions
      .map((i) => ({
        institution: { id: i.id, name: i.name, country: i.country },
        curricula: byInstitution.get(i.id)?.size ?? 0,
      }))
      .sort((a, b) => a.institution.name.localeCompare(b.institution.name));
    return {
      ...summary,
      versions: versions.map((version) => {
        const { unit: _unit, curriculum: _curriculum, ...rest } = versionOf(version, entry);
        return rest;
      }),
      latest: versionOf(latest, entry),
      usage,
    };
  }
}

function versionOf(version: LibraryVersionEntity, entry: LibraryEntryEntity): LibraryVersion {
  return {
    number: version.number,
    publishedAt: version.publishedAt,
    source: {
      curriculumId: entry.sourceCurriculumId,
      curriculumVersion: version.curriculumVersion,
    },
    unit: version.unit,
    curriculum: version.curriculum,
  };
}
