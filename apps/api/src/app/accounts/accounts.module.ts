import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { SecurityEventEntity } from './entities/security-event.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import type Redis from 'ioredis';
import { REDIS } from '../../infrastructure/shared-state/redis';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { InProcessLoginThrottle, LoginThrottle, RedisLoginThrottle } from './login-throttle';
import { PasswordsService } from './passwords.service';
import { SecurityLogService } from './security-log.service';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordResetEntity, SecurityEventEntity]),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    SessionsService,
    UsersService,
    AuthService,
    PasswordsService,
    SecurityLogService,
    {
      provide: LoginThrottle,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): LoginThrottle =>
        redis === null
          ? new InProcessLoginThrottle()
          : new RedisLoginThrottle(redis, `${config.redisKeyPrefix}login:`),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, UsersService, PasswordsService, SecurityLogService],
})
export class AccountsModule {}
