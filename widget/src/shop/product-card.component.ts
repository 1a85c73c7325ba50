import { localized } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProductCard, ProductCardVariant } from '@shopdesk/shared';
import { failureText, formatMoney } from './shop-format';
import type { ShopActions } from './shop-actions';
import { shopBaseStyles } from './shop-base.styles';
import { shopText } from './shop-text';
import { productCardStyles } from './product-card.styles';

type Feedback = { kind: 'success' | 'error'; text: string } | null;

let nextCardId = 1;

/** One product from the assistant: picture, price, stock, a variant choice and "Add to cart". */
@localized()
export class ShopdeskProductCard extends LitElement {
  static override styles = [shopBaseStyles, productCardStyles];

  @property({ attribute: false }) product: ProductCard | null = null;
  @property({ attribute: false }) shop: ShopActions | null = null;

  @state() private variantId: string | null = null;
  @state() private adding = false;
  @state() private feedback: Feedback = null;
  /** A picture that does not load leaves no broken-image box behind. */
  @state() private imageFailed = false;

  private readonly selectId = `variant-${nextCardId++}`;

  private get variant(): ProductCardVariant | undefined {
    const variants = this.product?.variants ?? [];
    return variants.find((variant) => variant.variantId === this.variantId) ?? variants.find((variant) => variant.available > 0) ?? variants[0];
  }

  override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const variant = this.variant;
    const price = variant?.price ?? product.price;
    const available = variant ? variant.available > 0 : product.inStock;
    return html`<article class="card" aria-label=${product.name}>
      ${product.imageUrl && !this.imageFailed
        ? html`<img
            class="image"
            src=${product.imageUrl}
            alt=""
            loading="lazy"
            decoding="async"
            width="220"
            height="165"
            @error=${() => (this.imageFailed = true)}
          />`
        : nothing}
      <div class="body">
        <h3 class="name">
          ${product.url
            ? html`<a href=${product.url} target="_blank" rel="noopener noreferrer" aria-label=${shopText.viewProduct(product.name)}
                >${product.name}</a
              >`
            : product.name}
        </h3>
        <p class="prices">
          <span class="price">${formatMoney(price, product.currency)}</span>
          ${product.compareAtPrice && product.compareAtPrice > price ? this.renderCompareAt(product.compareAtPrice, product.currency) : nothing}
        </p>
        <p class="meta">
          <span class="stock ${available ? '' : 'out'}">${available ? shopText.inStock() : shopText.outOfStock()}</span>
          ${product.rating != null
            ? html`<span class="rating" aria-hidden="true">★ ${product.rating.toFixed(1)}</span
                ><span class="visually-hidden">${shopText.rating(product.rating.toFixed(1))}</span>`
            : nothing}
        </p>
        ${product.variants.length > 1
          ? html`<label for=${this.selectId}>${shopText.option()}</label>
              <select id=${this.selectId} @change=${this.onVariantChange}>
                ${product.variants.map(
                  (option) =>
                    html`<option value=${option.variantId} ?selected=${option.variantId === variant?.variantId} ?disabled=${option.available <= 0}>
                      ${option.label}${option.available <= 0 ? ` (${shopText.outOfStock()})` : ''}
                    </option>`,
                )}
              </select>`
          : nothing}
        <button class="primary add" type="button" ?disabled=${!available || !variant || this.adding} @click=${this.addToCart}>
          ${this.adding ? shopText.adding() : shopText.addToCart()}
        </button>
        <p class="feedback ${this.feedback?.kind ?? ''}" role="status">${this.feedback?.text ?? nothing}</p>
      </div>
    </article>`;
  }

  private renderCompareAt(amount: number, currency: string): TemplateResult {
    const formatted = formatMoney(amount, currency);
    return html`<s class="compare" aria-hidden="true">${formatted}</s><span class="visually-hidden">${shopText.wasPrice(formatted)}</span>`;
  }

  private onVariantChange(event: Event): void {
    this.variantId = (event.target as HTMLSelectElement).value;
    this.feedback = null;
  }

  private async addToCart(): Promise<void> {
    const variant = this.variant;
    if (!variant || !this.shop) return;
    this.adding = true;
    this.feedback = null;
    const outcome = await this.shop.changeCart({ kind: 'add', variantId: variant.variantId, quantity: 1 });
    this.adding = false;
    this.feedback = outcome.ok ? { kind: 'success', text: shopText.addedToCart() } : { kind: 'error', text: failureText(outcome) };
  }
}
