import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ConversationStatusName } from './conversation.models';
import { STATUS_LABELS } from './status-filter';

@Component({
  selector: 'sd-status-chip',
  template: `{{ label() }}`,
  host: {
    '[attr.data-status]': 'status()',
  },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      flex: none;
      height: 22px;
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-small);
      letter-spacing: 0.02em;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host([data-status='BOT']) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host([data-status='WAITING_FOR_HUMAN']) {
      background: var(--sd-waiting-container);
      color: var(--sd-on-waiting-container);
    }
    :host([data-status='ASSIGNED']) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host([data-status='RESOLVED']) {
      background: var(--sd-resolved-container);
      color: var(--sd-on-resolved-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<ConversationStatusName>();
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
}
