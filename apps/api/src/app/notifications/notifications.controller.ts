import type { NotificationList } from '@curriculum-builder/curriculum';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { NotificationId } from '../../common/decorators/route-params';
import { NotificationsService } from './notifications.service';

/** The signed-in user's own notifications: the newest 50 and the number unread. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Requires('notification.read')
  @Get()
  list(@CurrentCaller() caller: Caller): Promise<NotificationList> {
    return this.notifications.list(caller);
  }

  @Requires('notification.read')
  @Post('read')
  @HttpCode(200)
  readAll(@CurrentCaller() caller: Caller): Promise<NotificationList> {
    return this.notifications.markAllRead(caller);
  }

  @Requires('notification.read')
  @Post(':notificationId/read')
  @HttpCode(200)
  read(@CurrentCaller() caller: Caller, @NotificationId() id: string): Promise<NotificationList> {
    return this.notifications.markRead(caller, id);
  }
}
