import type { AnonymousSession, LoginResponse, SessionInfo } from '@curriculum-builder/curriculum';
import { LoginDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/decorators/auth.decorators';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /** Sets an HttpOnly session cookie (browser) and returns the same session as a bearer token. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ user, token, csrfToken, expiresAt }` and a session cookie.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or the account is inactive.' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts for this account or from this address.',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(dto.email, dto.password);
    void response.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return result;
  }

  /** Ends the session server-side: the cookie and the token stop working at once. */
  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
    void response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Who is logged in, and the CSRF token the browser sends with writes; `user: null` when nobody. */
  @Public()
  @Get('session')
  session(@CurrentCaller() caller: Caller | null): SessionInfo | AnonymousSession {
    if (caller === null) return { user: null, csrfToken: null, expiresAt: null };
    return {
      user: {
        id: caller.userId,
        email: caller.email,
        displayName: caller.displayName,
        role: caller.role,
        institutionId: caller.institutionId,
      },
      csrfToken: caller.csrfToken,
      expiresAt: caller.expiresAt,
    };
  }
}
