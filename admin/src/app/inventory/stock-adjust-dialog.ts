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
import type { ManualStockChangeKind } from './inventory.models';
import { MANUAL_KIND_LABELS, adjustmentProblem } from './stock-change';
import type { StockRow } from './stock-rows';

/** Receive, correct or take back units of one variant at one location, with a reason. Closes with true when stock changed. */
@Component({
  selector: 'sd-stock-adjust-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Adjust stock</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="subject">
          <strong>{{ row.variant.productName }}</strong> · {{ row.variant.sku }}@if (row.variant.options) { · {{ row.variant.options }} }<br />
          {{ row.location?.name ?? 'Main warehouse' }}: {{ row.onHand }} on hand, {{ row.reserved }} held for orders
        </p>
        <mat-form-field>
          <mat-label>What happened</mat-label>
          <mat-select formControlName="kind" data-testid="adjust-kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Units</mat-label>
          <input matInput type="number" step="1" formControlName="delta" data-testid="adjust-delta" cdkFocusInitial />
          <mat-hint>{{ value().kind === 'ADJUSTMENT' ? 'Negative removes units, e.g. −2' : 'Units added' }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Reason</mat-label>
          <input matInput formControlName="reason" maxlength="255" data-testid="adjust-reason" />
        </mat-form-field>
        <sd-form-problems [messages]="[submitted() && problem(), failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Save" submitTestId="adjust-save" [disabled]="saving()" />
    </form>
  `,
  styleUrl: './stock-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockAdjustDialog {
  protected readonly row = inject<StockRow>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<StockAdjustDialog, boolean>>(MatDialogRef);
  private readonly actions = inject(InventoryActions);

  protected readonly kinds = Object.keys(MANUAL_KIND_LABELS) as ManualStockChangeKind[];
  protected readonly kindLabels = MANUAL_KIND_LABELS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: 'ADJUSTMENT' as ManualStockChangeKind,
    delta: null as number | null,
    reason: '',
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly problem = computed(() => {
    const v = { ...this.form.getRawValue(), ...this.value() };
    return adjustmentProblem({ kind: v.kind, delta: v.delta, reason: v.reason, onHand: this.row.onHand, reserved: this.row.reserved });
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    const v = this.form.getRawValue();
    if (this.problem() || v.delta === null || this.saving()) return;
    this.saving.set(true);
    try {
      const outcome = await this.actions.adjust({ variantId: this.row.variant.variantId, locationId: this.row.location?.id ?? null, delta: v.delta, kind: v.kind, reason: v.reason });
      if (outcome.ok) this.ref.close(true);
      else this.failure.set(outcome.message);
    } catch {
      this.failure.set('The change didn’t go through. Check your connection and try again.');
    } finally {
      this.saving.set(false);
    }
  }
}
