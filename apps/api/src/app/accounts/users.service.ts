import { ROLE_TABLE, type Role, type UserAccount, msg } from '@curriculum-builder/curriculum';
import type { CreateUserDto, UpdateUserDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { nowIso } from '../../common/clock';
import { normalizeEmail } from '../../common/email';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';
import { checkPassword } from './passwords.service';
import { SecurityLogService } from './security-log.service';
import { SessionsService } from './sessions.service';

export function toUserAccount(user: UserEntity): UserAccount {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    institutionId: user.institutionId,
    active: user.active,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsService,
    private readonly securityLog: SecurityLogService,
  ) {}

  /** How many active admins there are (none on a fresh production database). */
  activeAdmins(): Promise<number> {
    return this.unitOfWork.read((em) => em.countBy(UserEntity, { role: 'admin', active: true }));
  }

  list(): Promise<UserAccount[]> {
    return this.unitOfWork.read(async (em) =>
      (await em.find(UserEntity, { order: { email: 'ASC' } })).map(toUserAccount),
    );
  }

  /** A new account by an admin (`by`), recorded in the security log. */
  async create(
    dto: CreateUserDto,
    by: { userId: string | null; address: string | null },
  ): Promise<UserAccount> {
    const email = normalizeEmail(dto.email);
    checkPassword('password', dto.password, { email, displayName: dto.displayName });
    // Hash outside the transaction: it takes a fraction of a second and needs no database.
    const passwordHash = await hashPassword(dto.password);
    return this.unitOfWork.write(async (em) => {
      const user = await this.insert(
        em,
        { ...dto, email, institutionId: dto.institutionId ?? null },
        passwordHash,
      );
      await this.securityLog.record(em, {
        action: 'account.created',
        userId: user.id,
        byUserId: by.userId,
        address: by.address,
        detail: user.role,
      });
      return toUserAccount(user);
    });
  }

  /**
   * Inserts a user whose password is already hashed (also used by the demo seeder and the CLI);
   * `user.email` must be normalised (`normalizeEmail`).
   */
  async insert(
    em: EntityManager,
    user: { email: string; displayName: string; role: Role; institutionId: string | null },
    passwordHash: string,
  ): Promise<UserEntity> {
    const kind = ROLE_TABLE[user.role].institution;
    if (kind !== null) {
      const kinds: readonly string[] = typeof kind === 'string' ? [kind] : kind;
      const institution = user.institutionId
        ? await em.findOneBy(InstitutionEntity, { id: user.institutionId })
        : null;
      if (institution === null || !kinds.includes(institution.kind)) {
        throw new InvalidInputError([
          {
            path: 'institutionId',
            message: msg`a ${user.role} needs the id of a ${kinds.join(' / ')}`,
          },
        ]);
      }
    } else if (user.institutionId !== null) {
      throw new InvalidInputError([
        { path: 'institutionId', message: msg`a ${user.role} belongs to no institution` },
      ]);
    }
    if ((await em.countBy(UserEntity, { email: user.email })) > 0) {
      throw new InvalidStateError(msg`An account for ${user.email} exists already.`);
    }
    const now = nowIso();
    const entity = em.create(UserEntity, {
      id: randomUUID(),
      ...user,
      passwordHash,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(UserEntity, entity);
    return entity;
  }

  /** Deactivating ends every session of the user at once. */
  update(id: string, dto: UpdateUserDto): Promise<UserAccount> {
    return this.unitOfWork.write(async (em) => {
      const user = await em.findOneBy(UserEntity, { id });
      if (user === null) throw new NotFoundError(msg`User`, id);
      await em.update(UserEntity, { id }, { ...dto, updatedAt: nowIso() });
      if (dto.active === false) await this.sessions.revokeAllOf(em, id);
      return toUserAccount({ ...user, ...dto });
    });
  }
}
