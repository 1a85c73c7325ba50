import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProductCard } from '@shopdesk/shared';
import { isOnSale, productLink, stockLabel } from './block-presentation';

/** The products the visitor was shown, as a compact strip linking to their admin pages. */
@Component({
  selector: 'sd-product-cards-block',
  imports: [CurrencyPipe, RouterLink],
  template: `
    <ul class="strip" aria-label="Products shown to the visitor">
      @for (product of products(); track product.productId) {
        <li class="card" data-testid="product-card">
          @if (product.imageUrl) {
            <img [src]="product.imageUrl" alt="" loading="lazy" width="40" height="40" />
          }
          <div class="text">
            <a class="name" [routerLink]="productLink(product)">{{ product.name }}</a>
            <span class="price">
              {{ product.price | currency: product.currency }}
              @if (isOnSale(product)) {
                <s>{{ product.compareAtPrice | currency: product.currency }}</s>
              }
            </span>
            <span class="stock" [class.out]="!product.inStock">{{ stockLabel(product) }}</span>
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .strip {
      display: flex;
      gap: 8px;
      margin: 0;
      padding: 0 0 4px;
      overflow-x: auto;
      list-style: none;
    }
    .card {
      display: flex;
      flex: none;
      gap: 8px;
      width: 220px;
      padding: 8px;
      box-sizing: border-box;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
    }
    img {
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: var(--mat-sys-corner-small);
      object-fit: cover;
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
      gap: 2px;
    }
    .name {
      overflow: hidden;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-small);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .price {
      font: var(--mat-sys-body-medium);
    }
    s {
      margin-left: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .stock {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .stock.out {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductCardsBlock {
  readonly products = input.required<readonly ProductCard[]>();

  protected readonly stockLabel = stockLabel;
  protected readonly isOnSale = isOnSale;
  protected readonly productLink = productLink;
}
