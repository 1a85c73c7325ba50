import { ShopdeskCartDrawer } from './cart-drawer.component';
import { ShopdeskMessageBlocks } from './message-blocks.component';
import { ShopdeskOfflineNotice } from './offline-notice.component';
import { ShopdeskOrderCard } from './order-card.component';
import { ShopdeskProductCard } from './product-card.component';

/** The shopping parts of the panel; loaded when the panel first opens, never with the launcher. */
const elements: Array<[string, CustomElementConstructor]> = [
  ['shopdesk-message-blocks', ShopdeskMessageBlocks],
  ['shopdesk-product-card', ShopdeskProductCard],
  ['shopdesk-order-card', ShopdeskOrderCard],
  ['shopdesk-cart-drawer', ShopdeskCartDrawer],
  ['shopdesk-offline-notice', ShopdeskOfflineNotice],
];

for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'shopdesk-message-blocks': ShopdeskMessageBlocks;
    'shopdesk-product-card': ShopdeskProductCard;
    'shopdesk-order-card': ShopdeskOrderCard;
    'shopdesk-cart-drawer': ShopdeskCartDrawer;
    'shopdesk-offline-notice': ShopdeskOfflineNotice;
  }
}
