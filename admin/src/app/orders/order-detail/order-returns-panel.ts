import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Chip, type ChipTone } from '../../shared/chip';
import type { OrderReturn, ReturnStatusName } from '../orders.models';

const RETURN_STATUS_LABELS: Readonly<Record<ReturnStatusName, string>> = {
  REQUESTED: 'Requested',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  RECEIVED: 'Received',
  REFUNDED: 'Refunded',
};

const RETURN_STATUS_TONES: Readonly<Record<ReturnStatusName, ChipTone>> = {
  REQUESTED: 'info',
  APPROVED: 'info',
  REJECTED: 'error',
  RECEIVED: 'info',
  REFUNDED: 'neutral',
};

/** The order's returns, each with the next step staff can take. */
@Component({
  selector: 'sd-order-returns-panel',
  imports: [Chip, CurrencyPipe, DatePipe, MatButtonModule],
  template: `
    <h2 id="returns-heading">Returns</h2>
    <ul class="returns" aria-labelledby="returns-heading">
      @for (ret of returns(); track ret.id) {
        <li data-testid="return">
          <div class="head">
            <sd-chip dense [tone]="tones[ret.status]" data-testid="return-status">{{ labels[ret.status] }}</sd-chip>
            <span class="muted">{{ ret.createdAt | date: 'MMM d, h:mm a' }}</span>
            <span class="value">{{ ret.value | currency: currency() }}</span>
          </div>
          <p class="reason">“{{ ret.reason }}”</p>
          <ul class="lines">
            @for (line of ret.lines; track line.orderLineId) {
              <li>
                {{ line.quantity }} × {{ line.name }} <span class="muted">{{ line.sku }}</span>
                @if (ret.status === 'RECEIVED' || ret.status === 'REFUNDED') {
                  <span class="muted"> · {{ line.restockedQuantity }} back in stock</span>
                }
              </li>
            }
          </ul>
          @if (ret.rejectionReason) {
            <p class="muted">Rejected: {{ ret.rejectionReason }}</p>
          }
          @if (ret.refunded) {
            <p class="muted">{{ ret.refunded | currency: currency() }} refunded</p>
          }
          @if (canChange()) {
            <div class="actions">
              @switch (ret.status) {
                @case ('REQUESTED') {
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="approve.emit(ret)" data-testid="return-approve">Approve</button>
                  <button mat-stroked-button type="button" [disabled]="busy()" (click)="reject.emit(ret)" data-testid="return-reject">Reject…</button>
                }
                @case ('APPROVED') {
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="receive.emit(ret)" data-testid="return-receive">Mark received…</button>
                  <button mat-stroked-button type="button" [disabled]="busy()" (click)="reject.emit(ret)" data-testid="return-reject">Reject…</button>
                }
                @case ('RECEIVED') {
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="refund.emit(ret)" data-testid="return-refund">
                    Refund {{ ret.value | currency: currency() }}
                  </button>
                }
              }
            </div>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .returns {
      margin: 0;
      padding: 0;
      list-style: none;
      > li + li {
        margin-top: 12px;
        padding-top: 12px;
        border-top: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .value {
      margin-left: auto;
      font: var(--mat-sys-title-small);
    }
    .reason {
      margin: 8px 0 4px;
      font: var(--mat-sys-body-medium);
    }
    .lines {
      margin: 0;
      padding: 0 0 0 16px;
      font: var(--mat-sys-body-medium);
    }
    .muted {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderReturnsPanel {
  readonly returns = input.required<readonly OrderReturn[]>();
  readonly currency = input.required<string>();
  readonly canChange = input.required<boolean>();
  readonly busy = input.required<boolean>();
  readonly approve = output<OrderReturn>();
  readonly reject = output<OrderReturn>();
  readonly receive = output<OrderReturn>();
  readonly refund = output<OrderReturn>();

  protected readonly labels = RETURN_STATUS_LABELS;
  protected readonly tones = RETURN_STATUS_TONES;
}
