import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { InstitutionEntity } from './entities/institution.entity';
import { InstitutionPartnerEntity } from './entities/institution-partner.entity';

/**
 * The network of an institution: an association and the schools that work with it; for a school,
 * the associations it works with and their schools; the institution itself always. What a
 * network's inventory covers (ADR 0028) and who sees a library entry for network members only
 * (ADR 0029).
 */
export async function networkOf(
  em: EntityManager,
  institution: Pick<InstitutionEntity, 'id' | 'kind'>,
): Promise<string[]> {
  const { id } = institution;
  const associations =
    institution.kind === 'association'
      ? [id]
      : (await em.findBy(InstitutionPartnerEntity, { schoolId: id })).map((p) => p.associationId);
  const schools =
    associations.length === 0
      ? []
      : (await em.findBy(InstitutionPartnerEntity, { associationId: In(associations) })).map(
          (p) => p.schoolId,
        );
  return [...new Set([id, ...associations, ...schools])];
}
