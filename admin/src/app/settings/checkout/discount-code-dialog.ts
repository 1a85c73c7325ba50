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
import { CREATE_DISCOUNT_CODE, UPDATE_DISCOUNT_CODE, type DiscountCode } from './checkout.graphql';
import { discountCodeChangesOf, discountCodeFormOf, discountCodeInputOf, discountCodeProblem, type DiscountCodeFormValue } from './discount-codes';

export interface DiscountCodeDialogData {
  readonly currency: string;
  /** The code to edit; a new one when absent. */
  readonly code?: DiscountCode;
}

const BLANK: DiscountCodeFormValue = { code: '', kind: 'percentage', value: null, usageLimit: null, expiresOn: '' };

/** A new discount code, or corrections to one; closes with the code once saved. */
@Component({
  selector: 'sd-discount-code-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit ' + editing.code : 'New discount code' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content class="grid">
        <mat-form-field class="wide">
          <mat-label>Code</mat-label>
          <input matInput formControlName="code" placeholder="SPRING15" maxlength="40" data-testid="discount-code" />
          <mat-hint>{{ editing ? 'Orders placed with it refer to it, so it stays' : 'Shoppers type it in the chat; letters, digits, - and _' }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Type</mat-label>
          <mat-select formControlName="kind" data-testid="discount-kind">
            <mat-option value="percentage">Percentage</mat-option>
            <mat-option value="fixed">Fixed amount</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ value().kind === 'percentage' ? 'Percent off' : 'Amount off (' + data.currency + ')' }}</mat-label>
          <input matInput type="number" min="0" step="0.01" formControlName="value" data-testid="discount-value" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Usage limit</mat-label>
          <input matInput type="number" min="1" step="1" formControlName="usageLimit" data-testid="discount-limit" />
          <mat-hint>{{ editing ? editing.usedCount + ' used; empty: no limit' : 'Empty for no limit' }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Last day</mat-label>
          <input matInput type="date" formControlName="expiresOn" data-testid="discount-expiry" />
          <mat-hint>Empty: never expires</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[touched() && problem(), saveState.failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions
        [submitLabel]="editing ? 'Save code' : 'Create code'"
        [submitTestId]="editing ? 'discount-save' : 'discount-create'"
        [disabled]="saveState.saving()"
      />
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
  protected readonly data = inject<DiscountCodeDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = this.data.code;

  private readonly initial = this.editing ? discountCodeFormOf(this.editing) : BLANK;
  protected readonly form = inject(NonNullableFormBuilder).group({
    // Past orders refer to the code text: it is shown, not edited.
    code: [{ value: this.initial.code, disabled: !!this.editing }],
    kind: [this.initial.kind],
    value: [this.initial.value],
    usageLimit: [this.initial.usageLimit],
    expiresOn: [this.initial.expiresOn],
  });
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly problem = computed(() => discountCodeProblem(this.value(), this.editing?.usedCount));
  protected readonly touched = signal(false);
  protected readonly saveState = new SaveState();

  protected async save(): Promise<void> {
    this.touched.set(true);
    const value = this.form.getRawValue();
    if (this.problem()) return;
    const editing = this.editing;
    await this.saveState.run(
      async () => this.ref.close(editing ? await this.update(editing, value) : await this.create(value)),
      `The code wasn’t ${editing ? 'saved' : 'created'}. Check your connection and try again.`,
    );
  }

  private async create(value: DiscountCodeFormValue): Promise<DiscountCode> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CREATE_DISCOUNT_CODE, variables: { input: discountCodeInputOf(value) } }));
    return result.data!.createDiscountCode;
  }

  private async update(code: DiscountCode, value: DiscountCodeFormValue): Promise<DiscountCode> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_DISCOUNT_CODE, variables: { input: discountCodeChangesOf(code.id, value) } }));
    return result.data!.updateDiscountCode;
  }
}
