import type { PresenceEntry } from '@curriculum-builder/curriculum';
import { PresenceDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, HttpCode, MessageEvent, Post, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Observable, interval, map, merge, of } from 'rxjs';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import { CurriculumEvents } from '../../infrastructure/events/curriculum-events';
import { LiveService } from './live.service';
import { PresenceService } from './presence.service';

/** How often an idle stream says it is alive (proxies close silent connections). */
const KEEP_ALIVE_MS = 25_000;

/**
 * Two people at once: the changes saved to a working copy as server-sent events (`changed`, with
 * who saved and what), and who has it open (`presence`). For those who read the working copy.
 */
@ApiTags('live')
@Controller('curricula/:id')
export class LiveController {
  constructor(
    private readonly live: LiveService,
    private readonly presence: PresenceService,
    private readonly events: CurriculumEvents,
  ) {}

  /** `text/event-stream`: `presence` at once, then `changed` and `presence` as they happen. */
  @Requires('curriculum.live')
  @Sse('events')
  @ApiOkResponse({
    description:
      'Events `presence` ({ entries }), `changed` ({ by, action, entityType, entityId }) and `ping`.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
  ): Promise<Observable<MessageEvent>> {
    await this.live.requireWorkingCopy(caller, id);
    return merge(
      of({ type: 'presence', data: { entries: await this.presence.of(id) } }),
      this.events.of(id).pipe(map((event) => ({ type: event.type, data: event.data }))),
      interval(KEEP_ALIVE_MS).pipe(map(() => ({ type: 'ping', data: {} }))),
    );
  }

  /** This tab is here (every 20 s, and when it moves to another part), or leaving. */
  @Requires('curriculum.live')
  @Post('presence')
  @HttpCode(200)
  async here(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: PresenceDto,
  ): Promise<PresenceEntry[]> {
    const name = await this.live.requireWorkingCopy(caller, id);
    if (dto.leaving === true) return this.presence.gone(id, dto.tabId, caller.userId);
    return this.presence.here(id, {
      tabId: dto.tabId,
      userId: caller.userId,
      name,
      part: dto.part ?? null,
    });
  }
}
