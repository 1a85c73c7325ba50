import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { DialogActions } from '../../shared/dialog-actions';
import { FormProblems } from '../../shared/form-problems';
import { SaveState } from '../save-state';
import { CREATE_DISCOUNT_CODE, type DiscountCode, type DiscountKind } from './checkout.graphql';
import { discountCodeInputOf, discountCodeProblem } from './discount-codes';

/** A new discount code; closes with it when created. The data is the store currency. */
@Component({
  selector: 'sd-discount-code-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>New discount code</h2>
    <form [formGroup]="form" (ngSubmit)="create()">
      <mat-dialog-content class="grid">
        <mat-form-field class="wide">
          <mat-label>Code</mat-label>
          <input matInput formControlName="code" placeholder="SPRING15" maxlength="40" data-testid="discount-code" />
          <mat-hint>Shoppers type it in the chat; letters, digits, - and _</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Type</mat-label>
          <mat-select formControlName="kind" data-testid="discount-kind">
            <mat-option value="percentage">Percentage</mat-option>
            <mat-option value="fixed">Fixed amount</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ value().kind === 'percentage' ? 'Percent off' : 'Amount off (' + currency + ')' }}</mat-label>
          <input matInput type="number" min="0" step="0.01" formControlName="value" data-testid="discount-value" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Usage limit</mat-label>
          <input matInput type="number" min="1" step="1" formControlName="usageLimit" data-testid="discount-limit" />
          <mat-hint>Empty for no limit</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Last day</mat-label>
          <input matInput type="date" formControlName="expiresOn" data-testid="discount-expiry" />
          <mat-hint>Empty: never expires</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[touched() && problem(), saveState.failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Create code" submitTestId="discount-create" [disabled]="saveState.saving()" />
    </form>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 4px 16px;
      max-width: 480px;
    }
    .wide {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscountCodeDialog {
  private readonly apollo = inject(Apollo);
  private readonly ref = inject<MatDialogRef<DiscountCodeDialog, DiscountCode>>(MatDialogRef);
  protected readonly currency = inject<string>(MAT_DIALOG_DATA);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [''],
    kind: ['percentage' as DiscountKind],
    value: [null as number | null],
    usageLimit: [null as number | null],
    expiresOn: [''],
  });
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly problem = computed(() => discountCodeProblem(this.value()));
  protected readonly touched = signal(false);
  protected readonly saveState = new SaveState();

  protected async create(): Promise<void> {
    this.touched.set(true);
    const value = this.form.getRawValue();
    if (this.problem()) return;
    await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: CREATE_DISCOUNT_CODE, variables: { input: discountCodeInputOf(value) } }));
      this.ref.close(result.data!.createDiscountCode);
    }, 'The code wasn’t created. Check your connection and try again.');
  }
}
