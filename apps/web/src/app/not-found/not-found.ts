import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../core/i18n/t.pipe';

@Component({
  selector: 'cb-not-found',
  imports: [RouterLink, TPipe],
  template: `
    <h1>{{ 'notFound.title' | t }}</h1>
    <p>
      {{ 'notFound.text' | t }} <a routerLink="/">{{ 'notFound.home' | t }}</a>.
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFound {}
