import { INITIAL_STATUS, type CurriculumContent } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { ImportRejectedError, InvalidInputError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { insertCurriculumContent } from './curriculum-content.writer';

/**
 * Stores imported content as a new draft of the caller's institution, with its audit entry, in one
 * transaction. Content the writer refuses (unknown references, duplicate codes) is an import that
 * cannot be taken: 422 with every problem, and nothing written.
 */
@Injectable()
export class CurriculumImports {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async store(caller: Caller, content: CurriculumContent, format: string): Promise<string> {
    try {
      return await this.write(caller, content, format);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new ImportRejectedError(error.errors);
      throw error;
    }
  }

  private write(caller: Caller, content: CurriculumContent, format: string): Promise<string> {
    return this.unitOfWork.write(async (em) => {
      const id = await insertCurriculumContent(em, content, {
        institutionId: caller.institutionId as string,
        status: INITIAL_STATUS,
      });
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.imported',
        entityType: 'curriculum',
        entityId: id,
        after: { format, code: content.code, units: content.units.length },
      });
      return id;
    });
  }
}
