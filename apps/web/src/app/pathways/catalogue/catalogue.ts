import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';

@Component({
  selector: 'cb-catalogue',
  imports: [TPipe],
  template: `<h1>{{ 'nav.catalogue' | t }}</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Catalogue {}
