import {
  allSkillsOf,
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
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import {
  CurriculaRepository,
  CurriculumVersionEntity,
  requireAuthor,
  unitContentHash,
  UnitEntity,
  UnitsService,
} from '../curricula';
import { EscoCatalogueService } from '../esco/esco-catalogue.service';
import { normalise } from '../esco/esco-search';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { attributionOf, LibraryAccess } from './library-access';
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

/** The languages a unit's texts are written in. */
function languagesOf(unit: Unit): string[] {
  const keys = [unit.title, unit.description, ...unit.outcomes.map((o) => o.text)].flatMap((t) =>
    Object.entries(t)
      .filter(([, value]) => value.trim() !== '')
      .map(([language]) => language),
  );
  return [...new Set(keys)].sort();
}

/** Whether every word of the query starts a word of the text (both normalised). */
function matchesWords(text: string, query: string): boolean {
  const spaced = ` ${text}`;
  return normalise(query)
    .split(' ')
    .filter((word) => word !== '')
    .every((word) => spaced.includes(` ${word}`));
}

/** An entry with its latest version and what a listing shows of the publisher and usage. */
interface Listed {
  readonly entry: LibraryEntryEntity;
  readonly latest: LibraryVersionEntity;
  readonly institution: Institution;
  /** Its adoptions whose local unit still exists. */
  readonly adoptions: readonly LibraryAdoptionEntity[];
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
    return this.uow.write(async (em) => {
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
      if (unit === undefined)
        throw new NotFoundError(msg`Unit in the published version`, dto.unitId);
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
      entry.updatedAt = now;
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
      const matching = (await this.listed(em, caller)).filter(({ entry, latest, institution }) => {
        const unit = latest.unit;
        const skills = allSkillsOf(unit).map((s) => s.uri);
        return (
          (query.q === undefined || matchesWords(latest.searchText, query.q)) &&
          (query.eqf === undefined || unit.eqfLevel === query.eqf) &&
          (query.minPoints === undefined || unit.ecvetPoints >= query.minPoints) &&
          (query.maxPoints === undefined || unit.ecvetPoints <= query.maxPoints) &&
          (query.area === undefined || unit.areas.some((a) => a === query.area)) &&
          (query.skill === undefined || skills.includes(query.skill)) &&
          (occupationSkills === null || skills.some((s) => occupationSkills.has(s))) &&
          (query.language === undefined || languagesOf(unit).includes(query.language)) &&
          (query.institution === undefined || entry.institutionId === query.institution) &&
          (query.country === undefined || institution.country === query.country)
        );
      });
      matching.sort(
        (a, b) =>
          b.latest.publishedAt.localeCompare(a.latest.publishedAt) ||
          a.entry.id.localeCompare(b.entry.id),
      );
      const offset = query.offset ?? 0;
      return {
        items: matching.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)).map(summaryOf),
        total: matching.length,
      };
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
    return this.uow.write(async (em) => {
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
    });
  }

  /** The ESCO skills an occupation needs (404 when the catalogue does not know it). */
  private async occupationSkills(uri: string): Promise<Set<string>> {
    const occupation = await this.esco.occupation(uri, 'en');
    if (occupation === null) throw new NotFoundError(msg`ESCO occupation`, uri);
    return new Set(occupation.skills.map((skill) => skill.uri));
  }

  /** The entries the caller sees, each with its latest version, publisher and adoptions. */
  private async listed(em: EntityManager, caller: Caller | null, only?: string): Promise<Listed[]> {
    const sees = await this.access.sees(em, caller);
    const entries = (
      await em.find(LibraryEntryEntity, only === undefined ? {} : { where: { id: only } })
    ).filter(sees);
    if (entries.length === 0) return [];
    const versions = await em.find(LibraryVersionEntity, {
      where: entries.map((e) => ({ entryId: e.id, number: e.latestVersion })),
    });
    const latestOf = new Map(versions.map((v) => [v.entryId, v]));
    const institutions = await em.findBy(InstitutionEntity, {
      id: In([...new Set(entries.map((e) => e.institutionId))]),
    });
    const institutionOf = new Map(institutions.map((i) => [i.id, i]));
    const adoptionsOf = new Map<string, LibraryAdoptionEntity[]>();
    for (const adoption of await this.adoptionsOf(
      em,
      entries.map((e) => e.id),
    ))
      adoptionsOf.set(adoption.entryId, [...(adoptionsOf.get(adoption.entryId) ?? []), adoption]);
    return entries.flatMap((entry) => {
      const latest = latestOf.get(entry.id);
      const institution = institutionOf.get(entry.institutionId);
      if (latest === undefined || institution === undefined) return [];
      const { id, name, kind, country } = institution;
      return [
        {
          entry,
          latest,
          institution: { id, name, kind, country },
          adoptions: adoptionsOf.get(entry.id) ?? [],
        },
      ];
    });
  }

  /** The adoptions of the entries whose local unit still exists. */
  private async adoptionsOf(
    em: EntityManager,
    entryIds: readonly string[],
  ): Promise<LibraryAdoptionEntity[]> {
    const adoptions = await em.findBy(LibraryAdoptionEntity, { entryId: In([...entryIds]) });
    if (adoptions.length === 0) return [];
    const existing = new Set(
      (
        await em.find(UnitEntity, {
          select: { id: true },
          where: { id: In(adoptions.map((a) => a.unitId)) },
        })
      ).map((u) => u.id),
    );
    return adoptions.filter((a) => existing.has(a.unitId));
  }

  private async entryOf(
    em: EntityManager,
    caller: Caller | null,
    id: string,
  ): Promise<LibraryEntry> {
    const [listed] = await this.listed(em, caller, id);
    if (listed === undefined) throw new NotFoundError(msg`Library entry`, id);
    const versions = await em.find(LibraryVersionEntity, {
      where: { entryId: id },
      order: { number: 'DESC' },
    });
    const byInstitution = new Map<string, Set<string>>();
    for (const adoption of listed.adoptions) {
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
      ...summaryOf(listed),
      versions: versions.map((version) => {
        const { unit: _unit, ...rest } = versionOf(version, listed.entry);
        return rest;
      }),
      latest: versionOf(listed.latest, listed.entry),
      usage,
    };
  }
}

function summaryOf({ entry, latest, institution, adoptions }: Listed): LibraryEntrySummary {
  const unit = latest.unit;
  return {
    id: entry.id,
    version: entry.latestVersion,
    code: unit.code,
    title: unit.title,
    eqfLevel: unit.eqfLevel,
    ecvetPoints: unit.ecvetPoints,
    areas: unit.areas,
    escoSkills: allSkillsOf(unit).map((skill) => skill.uri),
    languages: languagesOf(unit),
    keywords: entry.keywords,
    licence: entry.licence,
    institution,
    publishedAt: latest.publishedAt,
    // How many curricula hold a copy.
    adoptions: new Set(adoptions.map((a) => a.curriculumId)).size,
  };
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
