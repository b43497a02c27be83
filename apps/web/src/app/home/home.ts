import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../core/i18n/t.pipe';

/** Landing page: what the product does for each of its users. */
@Component({
  selector: 'cb-home',
  imports: [RouterLink, TPipe],
  templateUrl: './home.html',
  styleUrl: './home.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  protected readonly audiences = ['teachers', 'industry', 'learners'];
}
