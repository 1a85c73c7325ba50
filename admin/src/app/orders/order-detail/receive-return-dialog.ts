import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';
import type { ReturnLine } from '../orders.models';

export interface RestockLine {
  readonly orderLineId: string;
  readonly quantity: number;
}

/** The parcel arrived: how many units of each line can be sold again (all by default). Closes with the plan, or nothing. */
@Component({
  selector: 'sd-receive-return-dialog',
  imports: [DialogActions, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Return received</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>Units put back in stock can be sold again. Leave out what came back damaged.</p>
        @for (line of lines; track line.orderLineId; let i = $index) {
          <mat-form-field>
            <mat-label>{{ line.name }} ({{ line.sku }}), back in stock</mat-label>
            <input matInput type="number" min="0" [max]="line.quantity" step="1" [formControl]="form.controls.restock.at(i)" [attr.data-testid]="'restock-' + line.sku" />
            <mat-hint>of {{ line.quantity }} returned</mat-hint>
            @if (form.controls.restock.at(i).invalid) {
              <mat-error>Between 0 and {{ line.quantity }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <sd-dialog-actions cancelLabel="Back" submitLabel="Mark received" submitTestId="receive-confirm" [disabled]="form.invalid" />
    </form>
  `,
  styleUrl: './order-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceiveReturnDialog {
  protected readonly lines = inject<readonly ReturnLine[]>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReceiveReturnDialog, readonly RestockLine[]>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    restock: this.fb.array<FormControl<number>>(
      this.lines.map((line) => this.fb.control(line.quantity, [Validators.required, Validators.min(0), Validators.max(line.quantity), Validators.pattern(/^\d+$/)])),
    ),
  });

  protected confirm(): void {
    if (this.form.invalid) return;
    const quantities = this.form.controls.restock.getRawValue();
    this.ref.close(this.lines.map((line, i) => ({ orderLineId: line.orderLineId, quantity: quantities[i] })));
  }
}
