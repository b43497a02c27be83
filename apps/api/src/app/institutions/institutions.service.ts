import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { InstitutionEntity } from './entities/institution.entity';

@Injectable()
export class InstitutionsService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /**
   * The institution new curricula belong to while there are no accounts yet: the oldest school,
   * created on first use when the database has none. Accounts (the next step) replace this with the
   * caller's own institution.
   */
  authoringInstitution(): Promise<string> {
    return this.unitOfWork.write(async (em) => {
      const school = await em.findOne(InstitutionEntity, {
        where: { kind: 'school' },
        order: { createdAt: 'ASC', name: 'ASC' },
      });
      return school?.id ?? (await this.create(em, 'My vocational school', 'school', 'EU')).id;
    });
  }

  async create(
    em: EntityManager,
    name: string,
    kind: InstitutionEntity['kind'],
    country: string,
  ): Promise<InstitutionEntity> {
    const institution = em.create(InstitutionEntity, { id: randomUUID(), name, kind, country });
    await em.insert(InstitutionEntity, institution);
    return institution;
  }
}
