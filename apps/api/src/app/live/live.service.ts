import { msg } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { ForbiddenError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { UserEntity } from '../accounts/entities/user.entity';
import { CurriculaRepository, requireVisible, WORKING_COPY_ACCESS } from '../curricula';

@Injectable()
export class LiveService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
  ) {}

  /**
   * The caller's name, if the caller reads the curriculum's working copy (its authors, the
   * reviewers of the round, admins): 404 when it is invisible, 403 when only its published version is.
   */
  requireWorkingCopy(caller: Caller, id: string): Promise<string> {
    return this.unitOfWork.read(async (em) => {
      const { access } = await requireVisible(this.repository, em, caller, id);
      if (!WORKING_COPY_ACCESS.includes(access)) {
        throw new ForbiddenError(msg`Only those who read the working copy follow its changes.`);
      }
      const user = await em.findOneBy(UserEntity, { id: caller.userId });
      return user?.displayName ?? user?.email ?? '?';
    });
  }
}
