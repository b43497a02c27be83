import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';

@Component({
  selector: 'cb-review-queue',
  imports: [TPipe],
  template: `<h1>{{ 'nav.review' | t }}</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueue {}
