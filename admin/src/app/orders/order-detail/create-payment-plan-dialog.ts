import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogActions } from '../../shared/dialog-actions';
import { MAX_INSTALMENTS, MIN_INSTALMENTS, previewPaymentPlan } from '../payment-plan-preview';

export interface CreatePaymentPlanData {
  readonly orderNumber: string;
  readonly currency: string;
  readonly total: number;
}

export interface PaymentPlanChoice {
  readonly instalments: number;
  readonly intervalDays: number;
}

/** Asks how many instalments and how far apart, showing what each will be (the remainder on the first, as the server splits it). */
@Component({
  selector: 'sd-create-payment-plan-dialog',
  imports: [CurrencyPipe, DialogActions, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>Payment plan for order {{ data.orderNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="create()">
      <mat-dialog-content>
        <p>The first instalment is due now and replaces the order’s payment link; once it is paid the order is paid and its items are sold.</p>
        <div class="fields">
          <mat-form-field>
            <mat-label>Instalments</mat-label>
            <input matInput type="number" [min]="min" [max]="max" step="1" formControlName="instalments" data-testid="plan-instalments" cdkFocusInitial />
            @if (form.controls.instalments.invalid) {
              <mat-error>From {{ min }} to {{ max }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Days between</mat-label>
            <input matInput type="number" min="1" max="365" step="1" formControlName="intervalDays" data-testid="plan-interval" />
            @if (form.controls.intervalDays.invalid) {
              <mat-error>From 1 to 365 days</mat-error>
            }
          </mat-form-field>
        </div>
        @if (preview(); as p) {
          <p class="preview" data-testid="plan-preview">
            {{ p.first | currency: data.currency }} now, then {{ p.count - 1 }} × {{ p.rest | currency: data.currency }} every {{ p.intervalDays }} days
          </p>
        }
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Create plan" submitTestId="plan-confirm" [disabled]="form.invalid" />
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      gap: 12px;
      mat-form-field {
        flex: 1;
      }
    }
    .preview {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreatePaymentPlanDialog {
  protected readonly data = inject<CreatePaymentPlanData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CreatePaymentPlanDialog, PaymentPlanChoice>>(MatDialogRef);
  protected readonly min = MIN_INSTALMENTS;
  protected readonly max = MAX_INSTALMENTS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    instalments: [3, [Validators.required, Validators.min(MIN_INSTALMENTS), Validators.max(MAX_INSTALMENTS)]],
    intervalDays: [30, [Validators.required, Validators.min(1), Validators.max(365)]],
  });
  private readonly choice = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly preview = computed(() => {
    const { instalments, intervalDays } = this.choice();
    return previewPaymentPlan(this.data.total, instalments ?? 0, intervalDays ?? 0);
  });

  protected create(): void {
    if (this.form.invalid) return;
    const { instalments, intervalDays } = this.form.getRawValue();
    this.ref.close({ instalments, intervalDays });
  }
}
