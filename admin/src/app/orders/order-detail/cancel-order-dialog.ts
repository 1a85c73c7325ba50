import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';

export interface CancelOrderData {
  readonly orderNumber: string;
  readonly paid: boolean;
}

/** Confirms a cancellation and asks why; closes with the reason, or with nothing when the staff member backs out. */
@Component({
  selector: 'sd-cancel-order-dialog',
  imports: [DialogActions, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Cancel order {{ data.orderNumber }}?</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>
          Its items go back in stock.
          @if (data.paid) {
            <strong>Everything paid is refunded to the shopper.</strong>
          }
        </p>
        <mat-form-field>
          <mat-label>Reason (shown on the timeline)</mat-label>
          <input matInput formControlName="reason" maxlength="300" data-testid="cancel-reason" cdkFocusInitial />
        </mat-form-field>
      </mat-dialog-content>
      <sd-dialog-actions cancelLabel="Keep the order" submitLabel="Cancel order" submitTestId="cancel-confirm" danger />
    </form>
  `,
  styleUrl: './order-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelOrderDialog {
  protected readonly data = inject<CancelOrderData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CancelOrderDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.maxLength(300)] });

  protected confirm(): void {
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}
