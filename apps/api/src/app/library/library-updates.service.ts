import {
  libraryUpdateDiff,
  mergeLibraryUpdate,
  msg,
  type FieldError,
  type LibraryUpdate,
  type LibraryUpdateSides,
  type ProvenanceRecord,
  type Unit,
} from '@curriculum-builder/curriculum';
import type { TakeLibraryUpdateDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import {
  CurriculaRepository,
  LearningOutcomeEntity,
  requireAuthor,
  toUnit,
  unitContentHash,
  UnitEntity,
  UnitsService,
} from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { attributionOf, LibraryAccess, unitOf } from './library-access';
import {
  LibraryAdoptionEntity,
  LibraryEntryEntity,
  LibraryVersionEntity,
} from './entities/library.entities';

/** An adopted unit whose entry has a version the school neither holds nor dismissed. */
interface Pending {
  readonly row: UnitEntity;
  readonly record: ProvenanceRecord;
  readonly entry: LibraryEntryEntity;
  readonly latest: LibraryVersionEntity;
  readonly sides: LibraryUpdateSides;
}

/** The latest version's attribution of the unit an update brings. */
function latestAttribution(
  { entry, latest, sides }: Pick<Pending, 'entry' | 'latest' | 'sides'>,
  publisher: InstitutionEntity,
): string {
  return attributionOf(entry, latest, sides.latest, publisher);
}

/**
 * New versions of the entries a school's units were adopted from (issue #21, ADR 0029): the
 * outcome-level diff beside the school's own changes, taken whole or by outcome, or dismissed.
 */
@Injectable()
export class LibraryUpdatesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly units: UnitsService,
    private readonly access: LibraryAccess,
  ) {}

  /** The updates waiting for a curriculum's adopted units (its authors only). */
  list(caller: Caller, curriculumId: string): Promise<{ items: LibraryUpdate[] }> {
    return this.uow.read(async (em) => {
      await requireAuthor(this.repository, em, caller, curriculumId);
      const pending = await this.pending(em, caller, curriculumId);
      const publishers = await em.findBy(InstitutionEntity, {
        id: In([...new Set(pending.map((p) => p.entry.institutionId))]),
      });
      const publisherOf = new Map(publishers.map((i) => [i.id, i]));
      return {
        items: pending.map((one) => {
          const { row, record, entry, latest, sides } = one;
          const publisher = publisherOf.get(entry.institutionId);
          return {
            unitId: row.id,
            code: row.code,
            title: row.title,
            entryId: entry.id,
            fromVersion: record.version,
            toVersion: latest.number,
            publishedAt: latest.publishedAt,
            attribution:
              publisher === undefined ? record.attribution : latestAttribution(one, publisher),
            ...libraryUpdateDiff(sides),
          };
        }),
      };
    });
  }

  /** Takes the update of one adopted unit, whole or by outcome; the unit then holds that version. */
  take(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    dto: TakeLibraryUpdateDto,
  ): Promise<Unit> {
    return this.uow.write(async (em) => {
      await requireAuthor(this.repository, em, caller, curriculumId);
      const pending = await this.pendingOne(em, caller, curriculumId, unitId);
      const { record, entry, latest, sides } = pending;
      const update = libraryUpdateDiff(sides);
      const changed = new Set(update.outcomes.map((o) => o.id));
      const own = new Set(sides.local.outcomes.map((o) => o.id));
      const errors: FieldError[] = [
        ...(dto.outcomes ?? []).flatMap((id, i) =>
          changed.has(id)
            ? []
            : [
                {
                  path: `outcomes[${i}]`,
                  message: msg`${id} is not an outcome this update changes`,
                },
              ],
        ),
        ...(dto.keep ?? []).flatMap((id, i) =>
          own.has(id)
            ? []
            : [{ path: `keep[${i}]`, message: msg`${id} is not a learning outcome of this unit` }],
        ),
      ];
      if (errors.length > 0) throw new InvalidInputError(errors);
      const publisher = await em.findOneByOrFail(InstitutionEntity, { id: entry.institutionId });
      const { outcomeSources: _sources, dismissedVersion: _dismissed, ...kept } = record;
      const unit = await this.units.rewriteFromLibrary(
        em,
        caller,
        curriculumId,
        unitId,
        mergeLibraryUpdate(sides, dto),
        {
          ...kept,
          version: latest.number,
          licence: entry.licence,
          attribution: latestAttribution(pending, publisher),
          contentHash: unitContentHash(sides.latest),
        },
      );
      await em.update(LibraryAdoptionEntity, { unitId }, { version: latest.number });
      return unit;
    });
  }

  /** Dismisses the waiting version of one adopted unit's entry: offered again only by a later one. */
  dismiss(caller: Caller, curriculumId: string, unitId: string): Promise<void> {
    return this.uow.write(async (em) => {
      await requireAuthor(this.repository, em, caller, curriculumId);
      const { record, latest } = await this.pendingOne(em, caller, curriculumId, unitId);
      await this.units.setProvenance(em, caller, curriculumId, unitId, {
        ...record,
        dismissedVersion: latest.number,
      });
    });
  }

  private async pendingOne(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    unitId: string,
  ): Promise<Pending> {
    const exists = await em.existsBy(UnitEntity, { id: unitId, curriculumId });
    if (!exists) throw new NotFoundError(msg`Unit`, unitId);
    const [pending] = await this.pending(em, caller, curriculumId, unitId);
    if (pending === undefined)
      throw new InvalidStateError(
        msg`Unit ${unitId} has no update waiting: it was not adopted from the shared library, or it holds the latest version of its entry, or that version was dismissed.`,
      );
    return pending;
  }

  /** The curriculum's adopted units (or the one named) with a version waiting, and their three sides. */
  private async pending(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    unitId?: string,
  ): Promise<Pending[]> {
    const rows = (
      await em.find(UnitEntity, {
        where: unitId === undefined ? { curriculumId } : { curriculumId, id: unitId },
        order: { position: 'ASC' },
      })
    ).filter((row) => row.provenance !== null && row.provenance !== undefined);
    if (rows.length === 0) return [];
    const sees = await this.access.sees(em, caller);
    const entries = (
      await em.findBy(LibraryEntryEntity, {
        id: In([...new Set(rows.map((row) => row.provenance?.entryId ?? ''))]),
      })
    ).filter(sees);
    const entryOf = new Map(entries.map((e) => [e.id, e]));
    const waiting = rows.flatMap((row) => {
      const record = row.provenance as ProvenanceRecord;
      const entry = entryOf.get(record.entryId);
      return entry !== undefined &&
        entry.latestVersion > record.version &&
        entry.latestVersion > (record.dismissedVersion ?? 0)
        ? [{ row, record, entry }]
        : [];
    });
    if (waiting.length === 0) return [];
    const versions = await em.find(LibraryVersionEntity, {
      where: waiting.flatMap(({ record, entry }) => [
        { entryId: entry.id, number: record.version },
        { entryId: entry.id, number: entry.latestVersion },
      ]),
    });
    const versionOf = (entryId: string, number: number) =>
      versions.find((v) => v.entryId === entryId && v.number === number);
    const outcomes = await em.find(LearningOutcomeEntity, {
      where: { unitId: In(waiting.map((w) => w.row.id)) },
      order: { position: 'ASC' },
    });
    return waiting.flatMap(({ row, record, entry }) => {
      const latest = versionOf(entry.id, entry.latestVersion);
      const [baseUnit, latestUnit] = [versionOf(entry.id, record.version), latest].map((version) =>
        version === undefined ? undefined : unitOf(version, record.source.unitId),
      );
      // A curriculum's new version may leave the unit as it was, or no longer have it.
      if (
        latest === undefined ||
        baseUnit === undefined ||
        latestUnit === undefined ||
        unitContentHash(baseUnit) === unitContentHash(latestUnit)
      )
        return [];
      const local = toUnit(
        row,
        outcomes.filter((o) => o.unitId === row.id),
      );
      return [
        {
          row,
          record,
          entry,
          latest,
          sides: {
            base: baseUnit,
            latest: latestUnit,
            local,
            // Adoptions recorded before outcome sources were kept: every outcome is the school's.
            outcomeSources: record.outcomeSources ?? {},
          },
        },
      ];
    });
  }
}
