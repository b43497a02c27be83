import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';

@Component({
  selector: 'cb-dashboard',
  imports: [TPipe],
  template: `<h1>{{ 'nav.myCurricula' | t }}</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Dashboard {}
