import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { EmptyState } from './empty-state';

/** What shows where data didn't load: what is missing, optional words on why, and a way to try again. */
@Component({
  selector: 'sd-load-failed',
  imports: [EmptyState, MatButtonModule, MatIconModule],
  template: `
    <sd-empty-state icon="error" [heading]="heading()" [level]="level()">
      <ng-content />
      <button mat-stroked-button type="button" (click)="retry.emit()"><mat-icon svgIcon="refresh" />Try again</button>
    </sd-empty-state>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadFailed {
  readonly heading = input.required<string>();
  readonly level = input<1 | 2 | 3>(2);
  readonly retry = output();
}
