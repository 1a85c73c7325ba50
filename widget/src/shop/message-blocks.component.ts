import { localized } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { MessageBlock, ProductCard, QuickReply } from '@shopdesk/shared';
import { renderPaymentLink } from './payment-link';
import type { ShopActions } from './shop-actions';
import { shopBaseStyles } from './shop-base.styles';
import { shopText } from './shop-text';
import { messageBlocksStyles } from './message-blocks.styles';

/**
 * The rich parts of one message: product cards, quick replies, images, order cards and payment links.
 *
 * @fires shopdesk-blocks-rendered - The parts have rendered and taken their height (again when a picture has loaded), so the list may scroll to them.
 */
@localized()
export class ShopdeskMessageBlocks extends LitElement {
  static override styles = [shopBaseStyles, messageBlocksStyles];

  @property({ attribute: false }) blocks: readonly MessageBlock[] = [];
  @property({ attribute: false }) shop: ShopActions | null = null;
  /** The visitor wrote after this message, so its quick replies no longer apply. */
  @property({ type: Boolean }) answered = false;

  protected override async firstUpdated(): Promise<void> {
    const parts = this.renderRoot.querySelectorAll<LitElement>('shopdesk-product-card, shopdesk-order-card');
    await Promise.all([...parts].map((part) => part.updateComplete));
    this.announceRendered();
  }

  /** Also when a picture has loaded: it takes its height only then. */
  private readonly announceRendered = (): void => {
    this.dispatchEvent(new CustomEvent('shopdesk-blocks-rendered', { bubbles: true, composed: true }));
  };

  override render(): TemplateResult {
    return html`<div class="blocks">${this.blocks.map((block) => this.renderBlock(block))}</div>`;
  }

  private renderBlock(block: MessageBlock): TemplateResult | typeof nothing {
    switch (block.__typename) {
      case 'ProductCardsBlock':
        return this.renderProducts(block.products);
      case 'QuickRepliesBlock':
        return this.answered ? nothing : this.renderReplies(block.replies);
      case 'ImageBlock':
        // Only https pictures: a store page must not be made to load from anywhere an http link points.
        return block.url.startsWith('https://')
          ? html`<img class="picture" src=${block.url} alt=${block.alt ?? ''} loading="lazy" decoding="async" @load=${this.announceRendered} />`
          : nothing;
      case 'OrderCardBlock':
        return html`<shopdesk-order-card class="single" .order=${block} .shop=${this.shop}></shopdesk-order-card>`;
      case 'CheckoutLinkBlock':
        return renderPaymentLink(block);
      default:
        // A block type newer than this widget: the message text still carries the answer.
        return nothing;
    }
  }

  private renderProducts(products: readonly ProductCard[]): TemplateResult {
    const cards = products.map(
      (product) => html`<shopdesk-product-card .product=${product} .shop=${this.shop}></shopdesk-product-card>`,
    );
    if (products.length === 1) return html`<div class="single">${cards}</div>`;
    // Focusable so arrow keys scroll the row; each card's own controls follow in tab order.
    return html`<div class="carousel" role="group" aria-label=${shopText.products()} tabindex="0" @keydown=${this.onCarouselKey}>
      ${cards}
    </div>`;
  }

  private renderReplies(replies: readonly QuickReply[]): TemplateResult {
    return html`<div class="replies" role="group" aria-label=${shopText.suggestedReplies()}>
      ${replies.map(
        (reply) => html`<button class="reply" type="button" @click=${() => this.shop?.send(reply.text)}>${reply.label}</button>`,
      )}
    </div>`;
  }

  /** Left and right move one card at a time, lining the next card up with the snap point. */
  private onCarouselKey(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const carousel = event.currentTarget as HTMLElement;
    const step = (carousel.firstElementChild as HTMLElement | null)?.offsetWidth ?? 220;
    event.preventDefault();
    carousel.scrollBy({ left: event.key === 'ArrowRight' ? step : -step, behavior: 'smooth' });
  }
}
