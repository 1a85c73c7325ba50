import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DialogActions } from '../shared/dialog-actions';
import { FormProblems } from '../shared/form-problems';
import { InventoryActions } from './inventory-actions';
import type { StockLocation } from './inventory.models';
import { transferProblem } from './stock-change';
import { transferTargets, type StockRow } from './stock-rows';

export interface StockTransferData {
  readonly row: StockRow;
  readonly locations: readonly StockLocation[];
}

/** Moves available units of a variant from the row's location to another. Closes with true when stock moved. */
@Component({
  selector: 'sd-stock-transfer-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Transfer stock</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="subject">
          <strong>{{ data.row.variant.productName }}</strong> · {{ data.row.variant.sku }}@if (data.row.variant.options) { · {{ data.row.variant.options }} }<br />
          From {{ data.row.location?.name }}: {{ data.row.available }} available
        </p>
        <mat-form-field>
          <mat-label>To</mat-label>
          <mat-select formControlName="toLocationId" data-testid="transfer-to">
            @for (location of targets; track location.id) {
              <mat-option [value]="location.id">{{ location.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Units</mat-label>
          <input matInput type="number" min="1" step="1" formControlName="quantity" data-testid="transfer-quantity" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Reason</mat-label>
          <input matInput formControlName="reason" maxlength="255" data-testid="transfer-reason" />
        </mat-form-field>
        <sd-form-problems [messages]="[submitted() && problem(), failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Transfer" submitTestId="transfer-save" [disabled]="saving()" />
    </form>
  `,
  styleUrl: './stock-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockTransferDialog {
  protected readonly data = inject<StockTransferData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<StockTransferDialog, boolean>>(MatDialogRef);
  private readonly actions = inject(InventoryActions);

  protected readonly targets = transferTargets(this.data.row, this.data.locations);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    toLocationId: (this.targets.length === 1 ? this.targets[0].id : null) as string | null,
    quantity: null as number | null,
    reason: '',
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly problem = computed(() => {
    const v = { ...this.form.getRawValue(), ...this.value() };
    return transferProblem({
      fromLocationId: this.data.row.location?.id ?? null,
      toLocationId: v.toLocationId,
      quantity: v.quantity,
      reason: v.reason,
      available: this.data.row.available,
    });
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    const v = this.form.getRawValue();
    const from = this.data.row.location?.id;
    if (this.problem() || !from || !v.toLocationId || v.quantity === null || this.saving()) return;
    this.saving.set(true);
    try {
      const outcome = await this.actions.transfer({
        variantId: this.data.row.variant.variantId,
        fromLocationId: from,
        toLocationId: v.toLocationId,
        quantity: v.quantity,
        reason: v.reason,
      });
      if (outcome.ok) this.ref.close(true);
      else this.failure.set(outcome.message);
    } catch {
      this.failure.set('The transfer didn’t go through. Check your connection and try again.');
    } finally {
      this.saving.set(false);
    }
  }
}
