import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';

/** Asks why a return is refused; closes with the reason (shown to the shopper), or with nothing. */
@Component({
  selector: 'sd-reject-return-dialog',
  imports: [DialogActions, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Reject this return?</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>The shopper sees the reason on their order. Nothing is refunded or restocked.</p>
        <mat-form-field>
          <mat-label>Reason</mat-label>
          <input matInput formControlName="reason" maxlength="300" data-testid="reject-reason" cdkFocusInitial />
        </mat-form-field>
      </mat-dialog-content>
      <sd-dialog-actions cancelLabel="Back" submitLabel="Reject return" submitTestId="reject-confirm" />
    </form>
  `,
  styleUrl: './order-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectReturnDialog {
  private readonly ref = inject<MatDialogRef<RejectReturnDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.maxLength(300)] });

  protected confirm(): void {
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}
