import type { AnonymousSession, LoginResponse, SessionInfo } from '@curriculum-builder/curriculum';
import {
  ChangePasswordDto,
  LoginDto,
  PreferencesDto,
  ResetPasswordDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/decorators/auth.decorators';
import { fromBrowser, requireSameOrigin } from '../../common/same-origin';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordsService } from './passwords.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * JSON only, and from a browser only from this origin. Sets an HttpOnly session cookie; the
   * bearer `token` is in the body for clients that ask (`bearer: true`) or are not a browser.
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ user, csrfToken, expiresAt, token? }` and a session cookie.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or the account is inactive.' })
  @ApiForbiddenResponse({ description: 'A cross-site request (Origin, Sec-Fetch-Site).' })
  @ApiTooManyRequestsResponse({
    description:
      'The account backs off after repeated wrong passwords, or the address is over its failure budget (Retry-After).',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<LoginResponse> {
    requireSameOrigin(request, this.config.publicUrl);
    const { token, ...result } = await this.auth.login({
      email: dto.email,
      password: dto.password,
      address: request.ip,
    });
    void response.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return dto.bearer === true || !fromBrowser(request) ? { ...result, token } : result;
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

  /** Changes one's own password with the current one; one's other sessions end. */
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended.' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords (Retry-After).' })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.passwords.change(caller, dto.currentPassword, dto.newPassword, request.ip);
  }

  /** Keeps the caller's own settings with the account: the interface language on every device. */
  @Put('preferences')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Kept; the next session and the e-mails use them.' })
  async setPreferences(
    @CurrentCaller() caller: Caller,
    @Body() dto: PreferencesDto,
  ): Promise<void> {
    await this.auth.setPreferences(caller, dto.uiLanguage);
  }

  /** Sets a new password with the one-time token of a reset link; every session of the user ends. */
  @Public()
  @Post('password-reset')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The new password is set; the user signs in with it.' })
  @ApiForbiddenResponse({ description: 'A cross-site request (Origin, Sec-Fetch-Site).' })
  async resetPassword(
    @Body() dto: ResetPasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    requireSameOrigin(request, this.config.publicUrl);
    await this.passwords.reset(dto.token, dto.newPassword, request.ip);
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
        uiLanguage: caller.uiLanguage,
      },
      csrfToken: caller.csrfToken,
      expiresAt: caller.expiresAt,
    };
  }
}
