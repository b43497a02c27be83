import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { ApiStatus } from '../health/api-status';

/** Page frame: skip link, header with the product name, main content, footer with service status. */
@Component({
  selector: 'cb-shell',
  imports: [RouterLink, RouterOutlet, ApiStatus],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {}
