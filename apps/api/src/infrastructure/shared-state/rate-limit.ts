import { msg } from '@curriculum-builder/curriculum';
import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { CallerRequest } from '../../common/caller';
import { TooManyRequestsError } from '../../common/errors/domain.errors';
import type { AppConfig, RateLimited } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { COUNTER_STORE, type CounterStore } from './counter-store';

const RATE_LIMIT = 'cb:rate-limit';
const WINDOW_MS = 60_000;

/**
 * Counts the route's requests against the per-minute limit of its kind (`RATE_LIMIT_<KIND>`):
 * per account when signed in, per address when not (ADR 0031).
 */
export const RateLimit = (kind: RateLimited) => SetMetadata(RATE_LIMIT, kind);

const REFUSALS: Readonly<Record<RateLimited, string>> = {
  exports: msg`Too many exports in a minute: wait a moment before the next one.`,
  imports: msg`Too many imports in a minute: wait a moment before the next one.`,
  searches: msg`Too many searches in a minute: wait a moment before the next one.`,
  validations: msg`Too many checks in a minute: wait a moment before the next one.`,
};

/**
 * 429 with Retry-After once a caller has made more requests of a kind in the current minute than
 * its limit; the count is shared by the instances when Redis is configured. Counting that fails
 * (Redis unreachable) lets the request through.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(COUNTER_STORE) private readonly counters: CounterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.getAllAndOverride<RateLimited | undefined>(RATE_LIMIT, [
      context.getHandler(),
      context.getClass(),
    ]);
    const limit = kind === undefined ? 0 : this.config.rateLimits[kind];
    if (kind === undefined || limit === 0) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & CallerRequest>();
    const who =
      request.caller === undefined ? `address:${request.ip}` : `account:${request.caller.userId}`;
    const counted = await this.counters.hit(`${kind}:${who}`, WINDOW_MS);
    if (counted === null || counted.count <= limit) return true;
    throw new TooManyRequestsError(REFUSALS[kind], counted.resetInMs / 1000);
  }
}
