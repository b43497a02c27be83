import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Logins per minute: per client address, and per account (whatever the address). */
export const LOGIN_LIMITS = { perIp: 20, perAccount: 5, windowMs: 60_000 };

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity]),
    ThrottlerModule.forRoot({
      throttlers: [
        { name: 'login-ip', ttl: LOGIN_LIMITS.windowMs, limit: LOGIN_LIMITS.perIp },
        {
          name: 'login-account',
          ttl: LOGIN_LIMITS.windowMs,
          limit: LOGIN_LIMITS.perAccount,
          getTracker: (request: Record<string, unknown>) => {
            const email = (request['body'] as { email?: unknown } | undefined)?.email;
            return typeof email === 'string' ? email.trim().toLowerCase() : '';
          },
        },
      ],
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    SessionsService,
    UsersService,
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, UsersService],
})
export class AccountsModule {}
