import type { EntityManager } from 'typeorm';
import type { InstitutionEntity } from './entities/institution.entity';
import { rawQuery } from '../../infrastructure/database/raw-query';

/**
 * The network of an institution: an association and the schools that work with it; for a school,
 * the associations it works with and their schools; the institution itself always. What a
 * network's inventory covers (ADR 0028) and who sees a library entry for network members only
 * (ADR 0029). One query: the partnerships of the associations the institution is, or works with.
 */
export async function networkOf(
  em: EntityManager,
  institution: Pick<InstitutionEntity, 'id'>,
): Promise<string[]> {
  const { id } = institution;
  const partnerships = await rawQuery<{ school_id: string; association_id: string }>(
    em,
    `SELECT school_id, association_id FROM institution_partner WHERE association_id IN
       (SELECT association_id FROM institution_partner WHERE school_id = :id OR association_id = :id)`,
    { id },
  );
  return [...new Set([id, ...partnerships.flatMap((p) => [p.association_id, p.school_id])])];
}
