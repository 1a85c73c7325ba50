import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Chip, type ChipTone } from '../../shared/chip';
import type { InstalmentStatusName, PaymentInstalment, PaymentPlan } from '../orders.models';

const INSTALMENT_STATUS_LABELS: Readonly<Record<InstalmentStatusName, string>> = { PENDING: 'Due', PAID: 'Paid', CANCELLED: 'Cancelled' };
const INSTALMENT_STATUS_TONES: Readonly<Record<InstalmentStatusName, ChipTone>> = { PENDING: 'info', PAID: 'progress', CANCELLED: 'neutral' };

/**
 * The order's instalments with their status. Staff send a fresh payment link for one that is due, or
 * mark it paid by hand; the first is collectable while the order awaits payment, later ones once it is paid.
 */
@Component({
  selector: 'sd-payment-plan-panel',
  imports: [Chip, CurrencyPipe, DatePipe, MatButtonModule],
  template: `
    <h2 id="plan-heading">Payment plan</h2>
    <p class="muted">{{ plan().outstanding | currency: currency() }} still to pay</p>
    <table class="instalments" aria-labelledby="plan-heading">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Due</th>
          <th scope="col" class="num">Amount</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        @for (instalment of plan().instalments; track instalment.id) {
          <tr data-testid="instalment">
            <td class="nowrap">{{ instalment.number }} of {{ instalment.count }}</td>
            <td class="nowrap">{{ instalment.dueAt | date: 'MMM d, y' }}</td>
            <td class="num">{{ instalment.amount | currency: currency() }}</td>
            <td>
              <sd-chip dense [tone]="instalment.overdue ? 'error' : tones[instalment.status]" data-testid="instalment-status">
                {{ instalment.overdue ? 'Overdue' : labels[instalment.status] }}
              </sd-chip>
            </td>
          </tr>
          @if (instalment.status === 'PENDING' && (instalment.paymentUrl || (canChange() && collectable(instalment)))) {
            <tr class="row-actions">
              <td colspan="4">
                <div class="buttons">
                  @if (instalment.paymentUrl) {
                    <a class="link" [href]="instalment.paymentUrl" target="_blank" rel="noopener" data-testid="instalment-link">Payment link</a>
                  }
                  @if (canChange() && collectable(instalment)) {
                    @if (sendsLinks()) {
                      <button mat-stroked-button type="button" [disabled]="busy()" (click)="sendLink.emit(instalment)" data-testid="instalment-send-link">
                        {{ instalment.paymentUrl ? 'New link' : 'Send link' }}
                      </button>
                    }
                    <button mat-button type="button" [disabled]="busy()" (click)="markPaid.emit(instalment)" data-testid="instalment-mark-paid">Mark paid</button>
                  }
                </div>
              </td>
            </tr>
          }
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .instalments {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
      th {
        text-align: left;
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
        padding: 4px 4px 4px 0;
      }
      td {
        padding: 6px 4px 6px 0;
        border-top: 1px solid var(--mat-sys-outline-variant);
      }
      .row-actions td {
        border-top: none;
        padding-top: 0;
      }
      .num {
        text-align: right;
        padding-right: 12px;
        white-space: nowrap;
      }
      .nowrap {
        white-space: nowrap;
      }
    }
    .buttons {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      flex-wrap: wrap;
      gap: 8px;
    }
    .link {
      margin-right: auto;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentPlanPanel {
  readonly plan = input.required<PaymentPlan>();
  readonly currency = input.required<string>();
  /** Whether the order awaits payment: only then is the first instalment collectable, and only after it the others. */
  readonly awaitingPayment = input.required<boolean>();
  /** Card payments (Stripe) go through links; a store paid by hand only marks instalments paid. */
  readonly sendsLinks = input.required<boolean>();
  readonly canChange = input.required<boolean>();
  readonly busy = input.required<boolean>();
  readonly sendLink = output<PaymentInstalment>();
  readonly markPaid = output<PaymentInstalment>();

  protected readonly labels = INSTALMENT_STATUS_LABELS;
  protected readonly tones = INSTALMENT_STATUS_TONES;

  protected collectable(instalment: PaymentInstalment): boolean {
    return instalment.number === 1 ? this.awaitingPayment() : !this.awaitingPayment();
  }
}
