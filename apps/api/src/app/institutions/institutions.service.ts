import type { Institution } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import type { CreateInstitutionDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { InstitutionPartnerEntity } from './entities/institution-partner.entity';
import { InstitutionEntity } from './entities/institution.entity';

const toInstitution = ({ id, name, kind, country }: InstitutionEntity): Institution => ({
  id,
  name,
  kind,
  country,
});

@Injectable()
export class InstitutionsService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(): Promise<Institution[]> {
    return this.unitOfWork.read(async (em) =>
      (await em.find(InstitutionEntity, { order: { name: 'ASC' } })).map(toInstitution),
    );
  }

  createInstitution(dto: CreateInstitutionDto): Promise<Institution> {
    return this.unitOfWork.write(async (em) =>
      toInstitution(await this.create(em, dto.name.trim(), dto.kind, dto.country)),
    );
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

  addPartner(schoolId: string, associationId: string): Promise<void> {
    return this.unitOfWork.write((em) => this.link(em, schoolId, associationId));
  }

  async link(em: EntityManager, schoolId: string, associationId: string): Promise<void> {
    const [school, association] = [
      await em.findOneBy(InstitutionEntity, { id: schoolId }),
      await em.findOneBy(InstitutionEntity, { id: associationId }),
    ];
    if (school === null) throw new NotFoundError(msg`Institution`, schoolId);
    if (school.kind !== 'school')
      throw new InvalidInputError([{ path: 'id', message: msg`must be a school` }]);
    if (association?.kind !== 'association') {
      throw new InvalidInputError([
        { path: 'associationId', message: msg`must be the id of an association` },
      ]);
    }
    if ((await em.countBy(InstitutionPartnerEntity, { schoolId, associationId })) === 0) {
      await em.insert(InstitutionPartnerEntity, { schoolId, associationId });
    }
  }

  /** The associations a school works with. */
  async partnersOf(em: EntityManager, schoolId: string): Promise<string[]> {
    return (await em.findBy(InstitutionPartnerEntity, { schoolId })).map((p) => p.associationId);
  }
}
