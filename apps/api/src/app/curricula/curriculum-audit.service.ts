import type { AuditEvent } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { ForbiddenError } from '../../common/errors/domain.errors';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CurriculaRepository } from './curricula.repository';
import { requireVisible } from './curriculum-access';

/** A curriculum's audit trail, readable by its authors and by admins. */
@Injectable()
export class CurriculumAuditService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly audit: AuditService,
  ) {}

  list(caller: Caller, id: string): Promise<AuditEvent[]> {
    return this.unitOfWork.read(async (em) => {
      const { access } = await requireVisible(this.repository, em, caller, id);
      if (access !== 'author' && access !== 'admin') {
        throw new ForbiddenError(
          msg`The audit trail is for the authors of this curriculum and admins.`,
        );
      }
      return this.audit.list(em, id);
    });
  }
}
