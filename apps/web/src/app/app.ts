import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from './core/layout/shell';

@Component({
  selector: 'cb-root',
  imports: [Shell],
  template: '<cb-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
