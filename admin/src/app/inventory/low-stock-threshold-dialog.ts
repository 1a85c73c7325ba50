import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../shared/dialog-actions';
import { FormProblems } from '../shared/form-problems';
import { InventoryActions } from './inventory-actions';
import { parseThreshold } from './stock-change';
import type { StockRow } from './stock-rows';

/** The level at or below which a variant counts as low at a location. Closes with true when saved. */
@Component({
  selector: 'sd-low-stock-threshold-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Low-stock alert</h2>
    <form (submit)="$event.preventDefault(); save()">
      <mat-dialog-content>
        <p class="subject">
          <strong>{{ row.variant.productName }}</strong> · {{ row.variant.sku }}<br />
          {{ row.location?.name ?? 'Main warehouse' }}: {{ row.available }} available
        </p>
        <mat-form-field>
          <mat-label>Alert when available is at or below</mat-label>
          <input matInput inputmode="numeric" [value]="raw()" (input)="raw.set($any($event.target).value)" data-testid="threshold" />
          <mat-hint>Leave empty for no alert</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[problem(), failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Save" submitTestId="threshold-save" [disabled]="saving() || !!problem()" />
    </form>
  `,
  styleUrl: './stock-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LowStockThresholdDialog {
  protected readonly row = inject<StockRow>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<LowStockThresholdDialog, boolean>>(MatDialogRef);
  private readonly actions = inject(InventoryActions);

  protected readonly raw = signal(this.row.lowStockThreshold === null ? '' : String(this.row.lowStockThreshold));
  private readonly parsed = computed(() => parseThreshold(this.raw()));
  protected readonly problem = computed(() => {
    const parsed = this.parsed();
    return 'problem' in parsed ? parsed.problem : null;
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async save(): Promise<void> {
    const parsed = this.parsed();
    if ('problem' in parsed || this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    try {
      await this.actions.setThreshold({ variantId: this.row.variant.variantId, locationId: this.row.location?.id ?? null, threshold: parsed.value });
      this.ref.close(true);
    } catch {
      this.failure.set('The alert wasn’t saved. Check your connection and try again.');
    } finally {
      this.saving.set(false);
    }
  }
}
