import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { SaveState } from '../save-state';
import { SettingsFeedback } from '../settings-feedback';
import { SettingsPermissions } from '../settings-permissions';
import { ORDER_SETTINGS, UPDATE_ORDER_SETTINGS, type OrderSettings } from './checkout.graphql';
import { DiscountCodesPanel } from './discount-codes-panel';

/** What checkout adds to a cart: tax, shipping and free shipping, payment plans for large orders, and the store's discount codes. */
@Component({
  selector: 'sd-checkout-settings-tab',
  imports: [DiscountCodesPanel, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule],
  templateUrl: './checkout-settings-tab.html',
  styleUrl: '../settings-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutSettingsTab {
  private readonly apollo = inject(Apollo);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canEdit = inject(SettingsPermissions).canChangeCheckout;

  protected readonly form = inject(NonNullableFormBuilder).group({
    currency: ['USD', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    taxRatePercent: [0, [Validators.required, Validators.min(0), Validators.max(100)]],
    flatShipping: [0, [Validators.required, Validators.min(0)]],
    freeShippingOver: [null as number | null, [Validators.min(0)]],
    paymentPlanMinimum: [null as number | null, [Validators.min(0)]],
    paymentPlanInstalments: [3, [Validators.required, Validators.min(2), Validators.max(12), Validators.pattern(/^\d+$/)]],
  });

  protected readonly settings = rxResource({
    stream: () => this.apollo.query({ query: ORDER_SETTINGS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.orderSettings)),
  });
  protected readonly saveState = new SaveState();

  constructor() {
    effect(() => {
      const settings = this.settings.value();
      if (settings) this.show(settings);
    });
    effect(() => (this.canEdit() ? this.form.enable() : this.form.disable()));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const input = { ...value, currency: value.currency.toUpperCase() };
    const saved = await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_ORDER_SETTINGS, variables: { input } }));
      this.show(result.data!.updateOrderSettings);
    }, 'The checkout settings weren’t saved. Check your connection and try again.');
    if (saved) this.feedback.tell('Checkout settings saved');
  }

  private show(settings: OrderSettings): void {
    const { currency, taxRatePercent, flatShipping, freeShippingOver, paymentPlanMinimum, paymentPlanInstalments } = settings;
    this.form.reset({ currency, taxRatePercent, flatShipping, freeShippingOver, paymentPlanMinimum, paymentPlanInstalments });
  }
}
