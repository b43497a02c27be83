import type { InterfaceLanguage, LoginResponse } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import type { Caller } from '../../common/caller';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors/domain.errors';
import { normalizeEmail } from '../../common/email';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { UserEntity } from './entities/user.entity';
import type { Refusal } from './login-limiter';
import { LoginThrottle } from './login-throttle';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { SecurityLogService } from './security-log.service';
import { SessionsService } from './sessions.service';

/** A login as the server sees it: who claims to be whom, from which client address. */
export interface LoginAttempt {
  readonly email: string;
  readonly password: string;
  readonly address: string;
}

/** The session made by a login; `token` is for the cookie and, when asked for, the body. */
export type LoginResult = Omit<LoginResponse, 'token'> & { readonly token: string };

@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsService,
    private readonly securityLog: SecurityLogService,
    private readonly limiter: LoginThrottle,
  ) {}

  /**
   * 401 for an unknown e-mail, a wrong password and an inactive account alike (same body, same
   * work); 429 with Retry-After while the account or the address backs off (no password checked).
   */
  async login({ email, password, address }: LoginAttempt): Promise<LoginResult> {
    const account = normalizeEmail(email);
    const user = await this.unitOfWork.read((em) => em.findOneBy(UserEntity, { email: account }));
    await this.refuseWhileBackingOff(account, address, user?.id ?? null);

    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (user === null || !valid || !user.active) {
      const delay = await this.limiter.fail(account, address);
      const reason = user === null ? 'unknown-account' : !valid ? 'wrong-password' : 'inactive';
      await this.securityLog.recordNow({
        action: 'login.failed',
        userId: user?.id ?? null,
        address,
        detail: delay > 0 ? `${reason}; back-off ${Math.ceil(delay / 1000)} s` : reason,
      });
      throw new UnauthorizedException(msg`Wrong e-mail or password.`);
    }
    await this.limiter.succeed(account);
    const rehash = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
    const { token, session } = await this.unitOfWork.write(async (em) => {
      await this.sessions.purgeExpired(em);
      await this.securityLog.purgeOld(em);
      if (rehash !== null) await em.update(UserEntity, { id: user.id }, { passwordHash: rehash });
      await this.securityLog.record(em, { action: 'login.succeeded', userId: user.id, address });
      return this.sessions.create(em, user.id);
    });
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        institutionId: user.institutionId,
        uiLanguage: user.uiLanguage,
      },
      token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  }

  /** Keeps the caller's interface language with their account. */
  async setPreferences(caller: Caller, uiLanguage: InterfaceLanguage): Promise<void> {
    await this.unitOfWork.write((em) =>
      em.update(UserEntity, { id: caller.userId }, { uiLanguage }),
    );
  }

  /**
   * Checks a password the caller must know again (a password change): wrong ones count towards the
   * account's back-off like failed logins.
   */
  async reauthenticate(user: UserEntity, password: string, address: string): Promise<boolean> {
    await this.refuseWhileBackingOff(user.email, address, user.id);
    if (await verifyPassword(password, user.passwordHash)) return true;
    const delay = await this.limiter.fail(user.email, address);
    await this.securityLog.recordNow({
      action: 'login.failed',
      userId: user.id,
      address,
      detail: `wrong current password${delay > 0 ? `; back-off ${Math.ceil(delay / 1000)} s` : ''}`,
    });
    return false;
  }

  private async refuseWhileBackingOff(
    account: string,
    address: string,
    userId: string | null,
  ): Promise<void> {
    const refusal = await this.limiter.check(account, address);
    if (refusal === null) return;
    if (refusal.first) {
      await this.securityLog.recordNow({
        action: 'login.throttled',
        userId,
        address,
        detail: describe(refusal),
      });
    }
    throw new TooManyRequestsError(
      refusal.scope === 'account'
        ? msg`Too many wrong passwords for this account: wait before the next attempt.`
        : msg`Too many failed logins from your network: wait before the next attempt.`,
      refusal.retryAfterMs / 1000,
    );
  }
}

function describe(refusal: Refusal): string {
  const seconds = Math.ceil(refusal.retryAfterMs / 1000);
  return refusal.scope === 'account'
    ? `account backing off for ${seconds} s`
    : `address over its failure budget for ${seconds} s`;
}
