import { LIBRARY_LICENCE_NAMES, may, msg } from '@curriculum-builder/curriculum';
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

/** "ZM-07 Additive manufacturing — Partner School, CC BY 4.0, library entry … version 2". */
export function attributionOf(
  entry: Pick<LibraryEntryEntity, 'id' | 'licence'>,
  version: Pick<LibraryVersionEntity, 'number' | 'unit'>,
  publisher: Pick<InstitutionEntity, 'name'>,
): string {
  const title = Object.values(version.unit.title)[0] ?? '';
  return `${version.unit.code} ${title} — ${publisher.name}, ${LIBRARY_LICENCE_NAMES[entry.licence]}, library entry ${entry.id} version ${version.number}`;
}
