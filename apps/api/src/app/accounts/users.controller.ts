import {
  SECURITY_EVENT_ACTIONS,
  type PasswordResetLink,
  type SecurityEvent,
  type SecurityEventAction,
  type UserAccount,
  msg,
} from '@curriculum-builder/curriculum';
import { CreateUserDto, NumberFromQuery, UpdateUserDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { PasswordsService } from './passwords.service';
import { SecurityLogService } from './security-log.service';
import { UsersService } from './users.service';

/** `GET /api/v1/security-events?userId=&action=&limit=` */
export class SecurityEventsQuery {
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @IsOptional()
  @IsIn(SECURITY_EVENT_ACTIONS)
  action?: SecurityEventAction;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/** The address the server was reached at, for links when PUBLIC_URL is not set. */
function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Account administration (admins only). */
@ApiTags('admin')
@Requires('user.manage')
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordsService,
    private readonly securityLog: SecurityLogService,
  ) {}

  @Get('users')
  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  @Post('users')
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateUserDto,
    @Req() request: FastifyRequest,
  ): Promise<UserAccount> {
    return this.users.create(dto, { userId: caller.userId, address: request.ip });
  }

  /** `{ active: false }` deactivates the account and ends its sessions at once. */
  @Patch('users/:id')
  update(
    @Param('id', new ParseIdPipe(msg`User`)) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserAccount> {
    return this.users.update(id, dto);
  }

  /**
   * A one-time link for the user to set a new password (valid 24 h; earlier links stop working).
   * Shown once, to the admin, who hands it over; recorded in the security log without the token.
   */
  @Post('users/:id/password-reset')
  @ApiCreatedResponse({ description: '`{ link, expiresAt }`' })
  issueReset(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseIdPipe(msg`User`)) id: string,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetLink> {
    return this.passwords.issueReset(
      id,
      { userId: caller.userId, address: request.ip },
      baseUrlOf(request),
    );
  }

  /** The security log: logins, back-offs, password changes and resets, newest first. */
  @Get('security-events')
  async securityEvents(@Query() query: SecurityEventsQuery): Promise<{ items: SecurityEvent[] }> {
    return { items: await this.securityLog.list(query) };
  }
}
