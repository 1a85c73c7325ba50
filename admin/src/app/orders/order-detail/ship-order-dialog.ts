import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';

export interface Shipment {
  readonly carrier: string;
  readonly trackingNumber: string;
}

/** Asks for the carrier and tracking number; closes with them, or with nothing when cancelled. */
@Component({
  selector: 'sd-ship-order-dialog',
  imports: [DialogActions, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Ship order {{ orderNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="ship()">
      <mat-dialog-content>
        <p>The shopper sees the carrier and tracking number when they follow the order.</p>
        <mat-form-field>
          <mat-label>Carrier</mat-label>
          <input matInput formControlName="carrier" maxlength="60" data-testid="ship-carrier" cdkFocusInitial />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Tracking number</mat-label>
          <input matInput formControlName="trackingNumber" maxlength="100" data-testid="ship-tracking" />
        </mat-form-field>
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Mark shipped" submitTestId="ship-confirm" [disabled]="form.invalid" />
    </form>
  `,
  styleUrl: './order-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShipOrderDialog {
  protected readonly orderNumber = inject<string>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ShipOrderDialog, Shipment>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    carrier: ['', [Validators.required, Validators.maxLength(60)]],
    trackingNumber: ['', [Validators.required, Validators.maxLength(100)]],
  });

  protected ship(): void {
    if (this.form.invalid) return;
    const { carrier, trackingNumber } = this.form.getRawValue();
    this.ref.close({ carrier: carrier.trim(), trackingNumber: trackingNumber.trim() });
  }
}
