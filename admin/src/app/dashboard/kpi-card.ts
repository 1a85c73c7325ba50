import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** One headline figure, its change from the period before and, optionally, where to see the conversations behind it. */
@Component({
  selector: 'sd-kpi-card',
  imports: [RouterLink],
  template: `
    <div class="label">{{ label() }}</div>
    <div class="value">{{ value() }}</div>
    <div class="footer">
      @if (change(); as change) {
        <span class="change" [class.up]="change.startsWith('+')" [class.down]="change.startsWith('−')">{{ change }}</span>
        <span class="hint">vs. period before</span>
      } @else {
        <span class="hint">{{ hint() }}</span>
      }
      @if (link(); as link) {
        <a class="drill" [routerLink]="link.path" [queryParams]="link.query">{{ link.label }}</a>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      min-width: 0;
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 6px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .change {
      font-weight: 500;
    }
    .change.up {
      color: #0b6b2f;
    }
    .change.down {
      color: #a4262c;
    }
    .drill {
      margin-left: auto;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCard {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly change = input<string | null>(null);
  readonly hint = input('');
  readonly link = input<{ label: string; path: string; query?: Record<string, string> } | null>(null);
}
