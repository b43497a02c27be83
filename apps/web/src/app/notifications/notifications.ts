import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { AppNotification } from '@curriculum-builder/curriculum';
import { Auth } from '../core/auth/auth';
import { formatDate } from '../core/i18n/format-date';
import { I18n } from '../core/i18n/i18n';
import { Localized } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import { Inbox } from '../core/notifications/inbox';

/** The signed-in user's notifications, newest first; opening one marks it read. */
@Component({
  selector: 'cb-notifications',
  imports: [Localized, TPipe],
  template: `
    <h1>{{ 'notifications.title' | t }}</h1>
    @if (inbox.list(); as list) {
      <p role="status">{{ 'notifications.unread' | t: { count: list.unread } }}</p>
      @if (list.unread > 0) {
        <button type="button" class="secondary" (click)="inbox.markAllRead()">
          {{ 'notifications.readAll' | t }}
        </button>
      }
      <ul class="items">
        @for (item of list.items; track item.id) {
          <li [class.unread]="item.readAt === null">
            <button type="button" class="item" (click)="open(item)">
              <span class="what">{{ sentence(item) }}</span>
              <span class="curriculum"
                >{{ item.curriculumCode }} ·
                <cb-localized
                  [value]="item.curriculumTitle"
                  [language]="i18n.language()"
                  [primary]="'de'"
              /></span>
              <span class="when">{{ date(item.createdAt) }}</span>
              @if (item.readAt === null) {
                <span class="badge">{{ 'notifications.new' | t }}</span>
              }
            </button>
          </li>
        } @empty {
          <li class="muted">{{ 'notifications.none' | t }}</li>
        }
      </ul>
    } @else {
      <p>{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .items {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .item {
      display: grid;
      gap: 0.15rem;
      width: 100%;
      text-align: left;
      background: var(--cb-surface, #fff);
      color: inherit;
      border: 1px solid var(--cb-border);
      border-radius: 0.4rem;
      padding: 0.6rem 0.8rem;
    }
    .unread .item {
      border-left: 4px solid var(--cb-accent);
    }
    .what {
      font-weight: 600;
    }
    .curriculum,
    .when {
      font-size: 0.9rem;
      color: var(--cb-muted-text);
    }
    .badge {
      justify-self: start;
      font-size: 0.8rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Notifications implements OnInit {
  protected readonly inbox = inject(Inbox);
  protected readonly i18n = inject(I18n);
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);

  ngOnInit(): Promise<void> {
    return this.inbox.refresh();
  }

  protected sentence(item: AppNotification): string {
    if (item.kind === 'library-update')
      return this.i18n.t('notifications.kind.library-update', { unit: item.detail ?? '' });
    if (item.kind === 'placement-request')
      return this.i18n.t('notifications.kind.placement-request', {
        places: Number(item.detail ?? 0),
      });
    const key =
      item.kind === 'review-finished' || item.kind === 'placement-answer'
        ? `${item.kind}.${item.detail}`
        : item.kind;
    return this.i18n.t(`notifications.kind.${key}`);
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language(), true);
  }

  /**
   * To the curriculum: reviewers to their workspace, authors to the editor; a placement offerer to
   * the placements, where the request waits.
   */
  protected async open(item: AppNotification): Promise<void> {
    if (item.readAt === null) await this.inbox.markRead(item.id);
    if (item.kind === 'placement-request') {
      await this.router.navigate(['/placements']);
      return;
    }
    const area = this.auth.may('curriculum.review') ? 'review' : 'curricula';
    await this.router.navigate([`/${area}`, item.curriculumId]);
  }
}
