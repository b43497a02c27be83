import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Landing page: what the product does for each of its users. */
@Component({
  selector: 'cb-home',
  templateUrl: './home.html',
  styleUrl: './home.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  protected readonly audiences = [
    {
      title: 'VET teachers',
      text: 'Compose curricula from units of learning outcomes, give ECVET points, plan work-based learning in companies, and let the ECVET rules check the arithmetic.',
    },
    {
      title: 'Industry associations',
      text: 'Review the outcomes against what companies need — CNC machining, smart factory, Industry 4.0 — comment on a single outcome and suggest a better wording.',
    },
    {
      title: 'Learners',
      text: 'Follow a published pathway year by year: the units, the company placements and the credits you accumulate.',
    },
  ];
}
