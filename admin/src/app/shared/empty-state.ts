import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { AppIconName } from '../core/icons/app-icons';

/** A calm, centred message for a place with nothing to show yet; extra content goes below it. */
@Component({
  selector: 'sd-empty-state',
  imports: [MatIconModule],
  template: `
    <div class="badge" aria-hidden="true"><mat-icon [svgIcon]="icon()" /></div>
    <div class="heading" role="heading" [attr.aria-level]="level()">{{ heading() }}</div>
    <div class="body"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 12px;
      padding: 48px 24px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .badge {
      display: grid;
      place-items: center;
      width: 72px;
      height: 72px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .badge mat-icon {
      width: 36px;
      height: 36px;
    }
    .heading {
      margin-top: 4px;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface);
    }
    .body {
      max-width: 40ch;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  readonly icon = input<AppIconName>('inbox');
  readonly heading = input.required<string>();
  /** Heading level in the page outline: 1 when the empty state is the whole page. */
  readonly level = input<1 | 2 | 3>(2);
}
