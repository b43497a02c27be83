import { msg, PASSWORD_MIN_LENGTH, type PasswordResetLink } from '@curriculum-builder/curriculum';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain.errors';
import { passwordRefusal, type PasswordRefusal } from '../../common/password-policy';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuthService } from './auth.service';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';
import { SecurityLogService } from './security-log.service';
import { SessionsService } from './sessions.service';

/** How long a reset link works (a school's admin hands it over the same day). */
export const RESET_LIFETIME_MS = 24 * 60 * 60 * 1000;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The password policy for an account: a refused password is a 400 naming `field`. The account's
 * own e-mail and name are words an attacker tries first.
 */
export function checkPassword(
  field: string,
  password: string,
  account: { email: string; displayName: string },
): void {
  const refusal = passwordRefusal(password, [account.email, account.displayName]);
  if (refusal !== null) {
    throw new InvalidInputError([{ path: field, message: refusalMessage(field, refusal) }]);
  }
}

/** A refused password as a sentence about `field`, e.g. `newPassword is one of the most …`. */
function refusalMessage(field: string, refusal: PasswordRefusal): string {
  switch (refusal.reason) {
    case 'short':
      return msg`${field} must be at least ${PASSWORD_MIN_LENGTH} characters long (${refusal.length} given); a passphrase of several words is easiest to remember`;
    case 'breached':
      return msg`${field} is one of the most common passwords found in data breaches`;
    case 'guessable':
      return refusal.hint
        ? msg`${field} is too easy to guess (${refusal.hint}); add more words or characters`
        : msg`${field} is too easy to guess; add more words or characters`;
  }
}

/**
 * Account self-service: change one's own password (with the current one), and one-time reset
 * links that an admin (or the CLI) issues and hands over; the product never sends e-mail itself
 * (docs/notifications.md) and never shows or logs a password. Every change ends the user's other
 * sessions.
 */
@Injectable()
export class PasswordsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly securityLog: SecurityLogService,
  ) {}

  /** Changes the caller's password; every other session of theirs ends, this one stays. */
  async change(
    caller: { userId: string; sessionId: string },
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<void> {
    const user = await this.unitOfWork.read((em) =>
      em.findOneBy(UserEntity, { id: caller.userId }),
    );
    if (user === null) throw new NotFoundError(msg`User`, caller.userId);
    if (!(await this.auth.reauthenticate(user, currentPassword, address))) {
      throw new InvalidInputError([
        { path: 'currentPassword', message: msg`currentPassword is not your current password` },
      ]);
    }
    checkPassword('newPassword', newPassword, user);
    const passwordHash = await hashPassword(newPassword);
    await this.unitOfWork.write(async (em) => {
      await this.setPassword(em, user.id, passwordHash);
      await this.sessions.revokeAllOf(em, user.id, caller.sessionId);
      await this.securityLog.record(em, { action: 'password.changed', userId: user.id, address });
    });
  }

  /**
   * A one-time link for `userId` to set a new password, valid RESET_LIFETIME_MS; earlier links of
   * the user stop working. The token is in the link's fragment, so it reaches no server log.
   */
  issueReset(
    userId: string,
    by: { userId: string | null; address: string | null },
    baseUrl: string,
  ): Promise<PasswordResetLink> {
    return this.unitOfWork.write(async (em) => {
      const user = await em.findOneBy(UserEntity, { id: userId });
      if (user === null) throw new NotFoundError(msg`User`, userId);
      const link = await this.createReset(em, user.id, by.userId);
      await this.securityLog.record(em, {
        action: 'password.reset-issued',
        userId: user.id,
        byUserId: by.userId,
        address: by.address,
        detail: `valid until ${link.expiresAt}`,
      });
      return {
        link: `${this.config.publicUrl ?? baseUrl}/reset-password#token=${link.token}`,
        expiresAt: link.expiresAt,
      };
    });
  }

  /** Inserts a reset for a user (inside the caller's transaction), ending earlier ones. */
  async createReset(
    em: EntityManager,
    userId: string,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + RESET_LIFETIME_MS).toISOString();
    await em.delete(PasswordResetEntity, { userId, usedAt: IsNull() });
    await em.insert(PasswordResetEntity, {
      id: randomUUID(),
      userId,
      tokenHash: sha256(token),
      createdBy,
      createdAt: new Date(now).toISOString(),
      expiresAt,
      usedAt: null,
    });
    return { token, expiresAt };
  }

  /** Sets a new password with a reset token; the token is used up and every session ends. */
  async reset(token: string, newPassword: string, address: string): Promise<void> {
    const unusable = () =>
      new InvalidInputError([
        {
          path: 'token',
          message: msg`token is unknown, expired or already used: ask an administrator for a new link`,
        },
      ]);
    const found = await this.unitOfWork.read(async (em) => {
      const reset = await em.findOneBy(PasswordResetEntity, {
        tokenHash: sha256(token),
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date().toISOString()),
      });
      const user = reset && (await em.findOneBy(UserEntity, { id: reset.userId }));
      return reset && user ? { reset, user } : null;
    });
    if (found === null) throw unusable();
    checkPassword('newPassword', newPassword, found.user);
    const passwordHash = await hashPassword(newPassword);
    await this.unitOfWork.write(async (em) => {
      // Used up in the same transaction as the change: two racing requests cannot both use it.
      const { affected } = await em.update(
        PasswordResetEntity,
        { id: found.reset.id, usedAt: IsNull() },
        { usedAt: new Date().toISOString() },
      );
      if (affected !== 1) throw unusable();
      await this.setPassword(em, found.user.id, passwordHash);
      await this.sessions.revokeAllOf(em, found.user.id);
      await this.securityLog.record(em, {
        action: 'password.reset-used',
        userId: found.user.id,
        address,
      });
    });
  }

  private async setPassword(em: EntityManager, userId: string, passwordHash: string) {
    await em.update(
      UserEntity,
      { id: userId },
      { passwordHash, updatedAt: new Date().toISOString() },
    );
  }
}
