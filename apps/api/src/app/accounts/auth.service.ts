import type { LoginResponse } from '@curriculum-builder/curriculum';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { UserEntity } from './entities/user.entity';
import { dummyHash, verifyPassword } from './password-hasher';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsService,
  ) {}

  /** 401 for an unknown e-mail, a wrong password and an inactive account alike. */
  async login(email: string, password: string): Promise<LoginResponse> {
    const normalised = email.trim().toLowerCase();
    const user = await this.unitOfWork.read((em) =>
      em.findOneBy(UserEntity, { email: normalised }),
    );
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (user === null || !valid || !user.active) {
      throw new UnauthorizedException('Wrong e-mail or password.');
    }
    const { token, session } = await this.unitOfWork.write(async (em) => {
      await this.sessions.purgeExpired(em);
      return this.sessions.create(em, user.id);
    });
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        institutionId: user.institutionId,
      },
      token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  }
}
