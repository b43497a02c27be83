import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { I18n } from '../i18n/i18n';
import { ApiHealth } from './api-health';

/** A small live region in the footer: is the service reachable, and on which database. */
@Component({
  selector: 'cb-api-status',
  template: `<p class="status" [attr.data-state]="state().kind" role="status">{{ label() }}</p>`,
  styles: `
    .status {
      margin: 0;
      font-size: 0.875rem;
    }
    .status::before {
      content: '';
      display: inline-block;
      width: 0.6rem;
      height: 0.6rem;
      margin-right: 0.4rem;
      border-radius: 50%;
      background: var(--cb-muted);
    }
    [data-state='ok']::before {
      background: var(--cb-ok);
    }
    [data-state='unreachable']::before {
      background: var(--cb-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiStatus implements OnInit {
  private readonly health = inject(ApiHealth);

  protected readonly state = this.health.state;
  private readonly i18n = inject(I18n);
  protected readonly label = computed(() => {
    const state = this.state();
    switch (state.kind) {
      case 'checking':
        return this.i18n.t('status.checking');
      case 'ok':
        return this.i18n.t('status.online', {
          database: state.health.database === 'sqlite' ? 'SQLite' : 'PostgreSQL',
        });
      case 'unreachable':
        return this.i18n.t('status.unreachable');
    }
  });

  /** Asks once the page has loaded: the footer's status waits for what the reader came for. */
  ngOnInit(): void {
    const check = () => this.health.check();
    if (typeof document === 'undefined' || document.readyState === 'complete') check();
    else window.addEventListener('load', () => setTimeout(check, 500), { once: true });
  }
}
