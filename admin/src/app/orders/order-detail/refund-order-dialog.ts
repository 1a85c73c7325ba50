import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';

export interface RefundOrderData {
  readonly orderNumber: string;
  readonly currency: string;
  /** What is left to give back, in major units. */
  readonly refundable: number;
}

export interface Refund {
  readonly amount: number;
  readonly restock: boolean;
}

/** Asks how much to refund (all that is left by default) and whether the items go back in stock. */
@Component({
  selector: 'sd-refund-order-dialog',
  imports: [CurrencyPipe, DialogActions, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Refund order {{ data.orderNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="refund()">
      <mat-dialog-content>
        <p>Up to {{ data.refundable | currency: data.currency }} can be refunded. The money goes back the way it was paid.</p>
        <mat-form-field>
          <mat-label>Amount ({{ data.currency }})</mat-label>
          <input matInput type="number" min="0.01" [max]="data.refundable" step="0.01" formControlName="amount" data-testid="refund-amount" cdkFocusInitial />
          @if (form.controls.amount.invalid) {
            <mat-error>Between 0.01 and {{ data.refundable | currency: data.currency }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="restock" data-testid="refund-restock">Put the items back in stock</mat-checkbox>
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Refund" submitTestId="refund-confirm" [disabled]="form.invalid" />
    </form>
  `,
  styleUrl: './order-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RefundOrderDialog {
  protected readonly data = inject<RefundOrderData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RefundOrderDialog, Refund>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [this.data.refundable, [Validators.required, Validators.min(0.01), Validators.max(this.data.refundable)]],
    restock: [false],
  });

  protected refund(): void {
    if (this.form.invalid) return;
    const { amount, restock } = this.form.getRawValue();
    this.ref.close({ amount: Math.round(amount * 100) / 100, restock });
  }
}
