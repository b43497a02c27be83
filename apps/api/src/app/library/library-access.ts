import { LIBRARY_LICENCE_NAMES, may, msg, type Unit } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import { NotFoundError } from '../../common/errors/domain.errors';
import type { InstitutionEntity } from '../institutions/entities/institution.entity';
import { networkOf } from '../institutions/network';
import { LibraryEntryEntity, type LibraryVersionEntity } from './entities/library.entities';

/** Who sees which library entries (ADR 0029): CC BY 4.0 for all; members only for the network. */
@Injectable()
export class LibraryAccess {
  /** Whether the caller sees an entry: CC BY 4.0 for all; members only for the network (and admins). */
  async sees(
    em: EntityManager,
    caller: Caller | null,
  ): Promise<(entry: Pick<LibraryEntryEntity, 'licence' | 'institutionId'>) => boolean> {
    if (caller !== null && may(caller.role, 'curriculum.read-any')) return () => true;
    const network = new Set(
      caller === null || caller.institutionId === null
        ? []
        : await networkOf(em, { id: caller.institutionId }),
    );
    return (entry) => entry.licence === 'CC-BY-4.0' || network.has(entry.institutionId);
  }

  /** The entry, when the caller may see it (404 otherwise, as for an entry that does not exist). */
  async visibleEntry(
    em: EntityManager,
    caller: Caller | null,
    id: string,
  ): Promise<LibraryEntryEntity> {
    const entry = await em.findOneBy(LibraryEntryEntity, { id });
    if (entry === null || !(await this.sees(em, caller))(entry))
      throw new NotFoundError(msg`Library entry`, id);
    return entry;
  }
}

/**
 * The unit of a version an adopted unit came from: a unit entry's unit, or the unit of a
 * curriculum entry's curriculum (undefined when that version no longer has it).
 */
export function unitOf(
  version: Pick<LibraryVersionEntity, 'unit' | 'curriculum'>,
  sourceUnitId: string | null,
): Unit | undefined {
  return version.unit ?? version.curriculum?.units.find((unit) => unit.id === sourceUnitId);
}

/**
 * "ZM-07 Additive manufacturing — Partner School, CC BY 4.0, library entry … version 2"; for a
 * unit of a curriculum entry "IGO-03 Robot cells, from LT-IGO-2026 Industrial robot operator — …".
 */
export function attributionOf(
  entry: Pick<LibraryEntryEntity, 'id' | 'licence'>,
  version: Pick<LibraryVersionEntity, 'number' | 'curriculum'>,
  unit: Pick<Unit, 'code' | 'title'>,
  publisher: Pick<InstitutionEntity, 'name'>,
): string {
  const named = (part: Pick<Unit, 'code' | 'title'>) =>
    `${part.code} ${Object.values(part.title)[0] ?? ''}`;
  const from = version.curriculum === null ? '' : `, from ${named(version.curriculum)}`;
  return `${named(unit)}${from} — ${publisher.name}, ${LIBRARY_LICENCE_NAMES[entry.licence]}, library entry ${entry.id} version ${version.number}`;
}
