import { ChatConnectionController } from '../connection/chat-connection.controller';
import type { ProductCard } from '@shopdesk/shared';
import type { Cart } from '../connection/shop-types';
import { VisitorStorage } from '../connection/visitor-storage';
import { ShopController } from '../shop/shop.controller';
import { FakeChatTransport, type FakeVariant } from './fake-chat-transport';
import { TestControllerHost } from './test-controller-host';

export const HOODIE_M: FakeVariant = { variantId: 'hoodie-m', name: 'Hero Hoodie', price: 52, available: 3 };
export const HOODIE_L: FakeVariant = { variantId: 'hoodie-l', name: 'Hero Hoodie', price: 54, available: 0 };

/** A product card as the assistant sends it, selling HOODIE_M. */
export function productCard(productId: string, name: string): ProductCard {
  return {
    productId,
    name,
    price: HOODIE_M.price,
    compareAtPrice: null,
    currency: 'USD',
    imageUrl: null,
    url: null,
    rating: null,
    inStock: true,
    variants: [{ variantId: HOODIE_M.variantId, label: 'M', price: HOODIE_M.price, available: HOODIE_M.available }],
  };
}

export interface ShopHarness {
  server: FakeChatTransport;
  connection: ChatConnectionController;
  shop: ShopController;
  /** Every cart the controller reported as changed. */
  cartChanges: Cart[];
  stop(): void;
}

/** A real ShopController over a real connection, talking to the in-memory server with the hoodies in stock. */
export function startShop(server = new FakeChatTransport()): ShopHarness {
  for (const variant of [HOODIE_M, HOODIE_L]) server.variants.set(variant.variantId, { ...variant });
  const host = new TestControllerHost();
  const connection = new ChatConnectionController(host, () => undefined);
  connection.hostConnected();
  connection.configure({
    publicKey: 'pk_test',
    apiBase: 'https://api.test',
    createTransport: async () => server,
    storage: new VisitorStorage('pk_test', localStorage),
  });
  const cartChanges: Cart[] = [];
  const shop = new ShopController(host, connection, (cart) => cartChanges.push(cart));
  return { server, connection, shop, cartChanges, stop: () => connection.hostDisconnected() };
}
