import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { debounceTime, firstValueFrom, map } from 'rxjs';
import {
  CREATE_DRAFT_ORDER,
  PRODUCT_CHOICES,
  SEND_DRAFT_ORDER_INVOICE,
  UPDATE_DRAFT_ORDER,
  type DraftOrder,
  type DraftOrderInput,
  type ProductChoice,
  type VariantChoice,
} from './draft-order.graphql';

/** A line as staff build it, before the server prices it. */
interface DraftLine {
  readonly variantId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: number;
  readonly quantity: number;
}

interface VariantOption {
  readonly product: ProductChoice;
  readonly variant: VariantChoice;
  readonly label: string;
}

const MAX_QUANTITY = 99;

/**
 * A new order for a customer (phone, email): pick variants by search, set quantities, the customer,
 * a discount code and shipping; save to see the server's totals, then send the invoice, which holds
 * the stock and opens the payment link. Mutations skip the cache, as on the order page (union results).
 */
@Component({
  selector: 'sd-draft-order-page',
  imports: [
    CurrencyPipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './draft-order-page.html',
  styleUrls: ['../order-page.scss', './draft-order-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftOrderPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    customerEmail: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    customerName: ['', Validators.maxLength(120)],
    discountCode: ['', Validators.maxLength(40)],
    shippingMethod: this.fb.control<'standard' | 'free'>('standard'),
  });
  protected readonly search = this.fb.control('');
  private readonly term = toSignal(this.search.valueChanges.pipe(debounceTime(250), map((value) => (typeof value === 'string' ? value.trim() : ''))), { initialValue: '' });

  protected readonly choices = resource({
    params: () => ({ search: this.term() }),
    loader: async ({ params }): Promise<readonly VariantOption[]> => {
      if (params.search.length < 2) return [];
      const result = await firstValueFrom(this.apollo.query({ query: PRODUCT_CHOICES, variables: { search: params.search }, fetchPolicy: 'network-only' }));
      return (result.data?.products.edges ?? []).flatMap(({ node }) =>
        node.variants.map((variant) => ({ product: node, variant, label: variantLabel(node, variant) })),
      );
    },
  });

  protected readonly lines = signal<readonly DraftLine[]>([]);
  /** The draft as the server last priced it. */
  protected readonly saved = signal<DraftOrder | null>(null);
  /** Lines or fields changed since the last save: the totals shown are out of date. */
  protected readonly stale = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly canSave = computed(() => this.lines().length > 0 && !this.busy());

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.stale.set(true));
  }

  protected displayNothing(): string {
    return '';
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const { product, variant } = event.option.value as VariantOption;
    this.lines.update((lines) =>
      lines.some((l) => l.variantId === variant.id)
        ? lines.map((l) => (l.variantId === variant.id ? { ...l, quantity: Math.min(MAX_QUANTITY, l.quantity + 1) } : l))
        : [...lines, { variantId: variant.id, sku: variant.sku, name: variantLabel(product, variant), unitPrice: variant.price, quantity: 1 }],
    );
    this.search.setValue('');
    this.stale.set(true);
  }

  protected setQuantity(variantId: string, value: string): void {
    const quantity = Math.max(1, Math.min(MAX_QUANTITY, Math.floor(Number(value)) || 1));
    this.lines.update((lines) => lines.map((l) => (l.variantId === variantId ? { ...l, quantity } : l)));
    this.stale.set(true);
  }

  protected remove(variantId: string): void {
    this.lines.update((lines) => lines.filter((l) => l.variantId !== variantId));
    this.stale.set(true);
  }

  protected async save(): Promise<DraftOrder | null> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return null;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      const input = this.input();
      const current = this.saved();
      const result = current
        ? (await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_DRAFT_ORDER, variables: { id: current.id, input }, fetchPolicy: 'no-cache' }))).data?.updateDraftOrder
        : (await firstValueFrom(this.apollo.mutate({ mutation: CREATE_DRAFT_ORDER, variables: { input }, fetchPolicy: 'no-cache' }))).data?.createDraftOrder;
      if (!result) throw new Error('No result');
      if (result.__typename !== 'DraftOrder') {
        this.problem.set(result.message);
        return null;
      }
      this.saved.set(result);
      this.stale.set(false);
      return result;
    } catch {
      this.problem.set('That didn’t work. Check your connection and try again.');
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  protected async sendInvoice(): Promise<void> {
    const draft = this.stale() || !this.saved() ? await this.save() : this.saved();
    if (!draft) return;
    this.busy.set(true);
    try {
      const result = (await firstValueFrom(this.apollo.mutate({ mutation: SEND_DRAFT_ORDER_INVOICE, variables: { id: draft.id }, fetchPolicy: 'no-cache' }))).data?.sendDraftOrderInvoice;
      if (!result) throw new Error('No result');
      if (result.__typename !== 'DraftOrderInvoice') {
        this.problem.set(result.message);
        return;
      }
      this.snackBar.open(`Invoice sent: order ${result.order.number}`, undefined, { duration: 4000 });
      await this.router.navigate(['/orders', result.order.id]);
    } catch {
      this.problem.set('That didn’t work. Check your connection and try again.');
    } finally {
      this.busy.set(false);
    }
  }

  private input(): DraftOrderInput {
    const { customerEmail, customerName, discountCode, shippingMethod } = this.form.getRawValue();
    return {
      customerEmail: customerEmail.trim(),
      customerName: customerName.trim() || null,
      items: this.lines().map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      discountCode: discountCode.trim() || null,
      shippingMethod,
    };
  }
}

function variantLabel(product: ProductChoice, variant: VariantChoice): string {
  const options = variant.options.map((o) => o.value).join(', ');
  return options ? `${product.name} (${options})` : product.name;
}
