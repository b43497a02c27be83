import {
  msg,
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
import { InvalidStateError, NotFoundError } from '../../common/errors/domain.errors';
import { rawQuery } from '../../infrastructure/database/raw-query';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import {
  CurriculaRepository,
  CurriculumVersionEntity,
  requireAuthor,
  unitContentHash,
  UnitsService,
} from '../curricula';
import { EscoCatalogueService } from '../esco/esco-catalogue.service';
import { normalise } from '../esco/esco-search';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { attributionOf, LibraryAccess } from './library-access';
import { indexed, LibraryIndex, nextChange, type IndexedEntry } from './library-index';
import {
  LibraryAdoptionEntity,
  LibraryEntryEntity,
  LibraryVersionEntity,
} from './entities/library.entities';

const DEFAULT_LIMIT = 20;

/** The words of a unit a search finds it by: titles, description and outcomes in every language. */
function searchTextOf(unit: Unit, keywords: readonly string[]): string {
  const texts = (text: LocalizedText) => Object.values(text);
  return normalise(
    [
      unit.code,
      ...texts(unit.title),
      ...texts(unit.description),
      ...unit.outcomes.flatMap((outcome) => texts(outcome.text)),
      ...keywords,
    ].join(' '),
  );
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
    private readonly esco: EscoCatalogueService,
    private readonly access: LibraryAccess,
    private readonly notifications: NotificationsService,
    private readonly index: LibraryIndex,
  ) {}

  /**
   * Publishes the unit as the curriculum's published version has it: a new entry, or a new
   * version of the unit's entry when its content changed since (else the entry as it is, its
   * licence and keywords updated). `created` says whether a version was added.
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
    const version = await em.findOneByOrFail(CurriculumVersionEntity, {
      curriculumId: curriculum.id,
      number: curriculum.publishedVersion,
    });
    const unit = version.snapshot.units.find((u) => u.id === dto.unitId);
    if (unit === undefined) throw new NotFoundError(msg`Unit in the published version`, dto.unitId);
    const now = nowIso();
    const found = await em.findOneBy(LibraryEntryEntity, { sourceUnitId: unit.id });
    const entry =
      found ??
      em.create(LibraryEntryEntity, {
        id: randomUUID(),
        institutionId: curriculum.institutionId,
        sourceCurriculumId: curriculum.id,
        sourceUnitId: unit.id,
        licence: dto.licence ?? 'CC-BY-4.0',
        keywords: dto.keywords ?? [],
        latestVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
    if (dto.licence !== undefined) entry.licence = dto.licence;
    if (dto.keywords !== undefined)
      entry.keywords = [...new Set(dto.keywords.map((k) => k.trim()))];
    const hash = unitContentHash(unit);
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
        unit,
        searchText: searchTextOf(unit, entry.keywords),
        contentHash: hash,
        publishedAt: now,
        publishedBy: caller.userId,
      });
      // The schools holding an earlier version hear of this one in their notifications.
      const adopters = new Set(
        (await this.adoptionsOf(em, [entry.id])).map((adoption) => adoption.curriculumId),
      );
      for (const curriculumId of adopters)
        await this.notifications.notify(em, {
          kind: 'library-update',
          curriculumId,
          actorId: caller.userId,
          detail: unit.code,
        });
    } else if (latest !== null && dto.keywords !== undefined) {
      // New keywords find the unchanged version too.
      latest.searchText = searchTextOf(latest.unit, entry.keywords);
      await em.save(LibraryVersionEntity, latest);
    }
    return { entry: await this.entryOf(em, caller, entry.id), created };
  }

  /** The schools holding a copy of an entry hear of its new version in their notifications. */
  async notifyAdopters(
    em: EntityManager,
    entryId: string,
    code: string,
    actorId: string,
  ): Promise<void> {
    const adopters = new Set(
      (await this.adoptionsOf(em, [entryId])).map((adoption) => adoption.curriculumId),
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
   */
  adopt(caller: Caller, id: string, dto: AdoptFromLibraryDto): Promise<Unit> {
    return this.uow.write((em) => this.adoptIn(em, caller, id, dto));
  }

  /** `adopt` within the caller's transaction `em` (also the demo's). */
  async adoptIn(
    em: EntityManager,
    caller: Caller,
    id: string,
    dto: AdoptFromLibraryDto,
  ): Promise<Unit> {
    const entry = await this.access.visibleEntry(em, caller, id);
    const number = dto.version ?? entry.latestVersion;
    const version = await em.findOneBy(LibraryVersionEntity, { entryId: id, number });
    if (version === null) throw new NotFoundError(msg`Library entry version`, `${id}/${number}`);
    const publisher = await em.findOneByOrFail(InstitutionEntity, { id: entry.institutionId });
    const provenance: Omit<ProvenanceRecord, 'outcomeSources'> = {
      entryId: entry.id,
      version: number,
      source: { curriculumId: entry.sourceCurriculumId, unitId: entry.sourceUnitId },
      institution: { id: publisher.id, name: publisher.name, country: publisher.country },
      licence: entry.licence,
      attribution: attributionOf(entry, version, publisher),
      contentHash: version.contentHash,
    };
    const unit = await this.units.insertCopy(
      em,
      caller,
      dto.curriculumId,
      version.unit,
      provenance,
    );
    await em.insert(LibraryAdoptionEntity, {
      unitId: unit.id,
      entryId: entry.id,
      version: number,
      curriculumId: dto.curriculumId,
      institutionId: caller.institutionId ?? '',
      adoptedAt: nowIso(),
    });
    return unit;
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
        const { unit: _unit, ...rest } = versionOf(version, entry);
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
  };
}
