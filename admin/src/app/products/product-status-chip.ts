import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PRODUCT_STATUS_LABELS, isProductStatus } from './catalog.models';

@Component({
  selector: 'sd-product-status-chip',
  template: `{{ label() }}`,
  host: { '[attr.data-status]': 'status()' },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      height: 22px;
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-small);
      letter-spacing: 0.02em;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host([data-status='active']) {
      background: var(--sd-resolved-container);
      color: var(--sd-on-resolved-container);
    }
    :host([data-status='draft']) {
      background: var(--sd-waiting-container);
      color: var(--sd-on-waiting-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductStatusChip {
  readonly status = input.required<string>();
  protected readonly label = computed(() => {
    const status = this.status();
    return isProductStatus(status) ? PRODUCT_STATUS_LABELS[status] : status;
  });
}
