// Boots a server on a fresh database and imports a catalog.
jest.setTimeout(60_000);

import { createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { newShopper, seedProducts } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ITEM_FIELDS = `id productId variantId name sku price available purchasable`;
const WISHLIST = `query { wishlist { items { ${ITEM_FIELDS} } } }`;
const ADD = `mutation($input: WishlistTargetInput!) {
  addToWishlist(input: $input) { __typename ... on Wishlist { items { ${ITEM_FIELDS} } } ... on ErrorResult { code message } }
}`;
const REMOVE = `mutation($input: WishlistTargetInput!) { removeFromWishlist(input: $input) { items { ${ITEM_FIELDS} } } }`;

interface WishlistItemShape {
  productId: string;
  variantId: string | null;
  name: string;
  sku: string | null;
  price: number;
  available: number;
}

describe('orders: wishlists per visitor', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let publicKey: string;
  let variants: Record<string, string>;
  let products: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Wish Shop');
    publicKey = await createWidgetKey(store.client);
    variants = await seedProducts(store.client, [
      { sku: 'KITE', name: 'Stunt kite', price: 49, stock: 4 },
      { sku: 'REEL', name: 'Line reel', price: 15, stock: 0 },
    ]);
    products = {};
    for (const sku of ['KITE', 'REEL']) {
      const { product } = await store.client.ok<{ product: { id: string } }>(`query($sku: String) { product(sku: $sku) { id } }`, { sku });
      products[sku] = product.id;
    }
  });
  afterAll(() => t.close());

  const items = async (client: GraphQLClient) => (await client.ok<{ wishlist: { items: WishlistItemShape[] } }>(WISHLIST)).wishlist.items;
  const add = async (client: GraphQLClient, input: Record<string, string>) =>
    (await client.ok<{ addToWishlist: { __typename: string; items?: WishlistItemShape[]; code?: string } }>(ADD, { input })).addToWishlist;

  it('saves variants and whole products once each, newest first, with today’s price and stock, and removes them', async () => {
    const shopper = await newShopper(t.url, publicKey);
    expect(await items(shopper)).toEqual([]);
    await add(shopper, { variantId: variants['KITE'] });
    await add(shopper, { variantId: variants['KITE'] });
    const saved = await add(shopper, { productId: products['REEL'] });
    expect(saved.__typename).toBe('Wishlist');
    expect(saved.items).toEqual([
      expect.objectContaining({ productId: products['REEL'], variantId: null, name: 'Line reel', sku: null, price: 15, available: 0 }),
      expect.objectContaining({ productId: products['KITE'], variantId: variants['KITE'], name: 'Stunt kite', sku: 'KITE', price: 49, available: 4 }),
    ]);
    // The product and one of its variants are two different wishes.
    await add(shopper, { productId: products['KITE'] });
    expect((await items(shopper)).map((i) => [i.sku, i.variantId === null])).toEqual([
      [null, true],
      [null, true],
      ['KITE', false],
    ]);

    const afterRemove = (await shopper.ok<{ removeFromWishlist: { items: WishlistItemShape[] } }>(REMOVE, { input: { productId: products['KITE'] } })).removeFromWishlist.items;
    expect(afterRemove.map((i) => i.name)).toEqual(['Line reel', 'Stunt kite']);
    await shopper.ok(REMOVE, { input: { variantId: variants['KITE'] } });
    expect((await items(shopper)).map((i) => i.name)).toEqual(['Line reel']);

    // Each visitor has their own.
    expect(await items(await newShopper(t.url, publicKey))).toEqual([]);
  });

  it('refuses unknown products, ambiguous targets and staff', async () => {
    const shopper = await newShopper(t.url, publicKey);
    expect(await add(shopper, { productId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ __typename: 'ProductUnavailableError', code: 'PRODUCT_UNAVAILABLE' });
    expect(errorCode(await shopper.request(ADD, { input: {} }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await shopper.request(ADD, { input: { productId: products['KITE'], variantId: variants['KITE'] } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await store.client.request(WISHLIST))).toBe('FORBIDDEN');
  });

  it('keeps a second store’s visitors from saving the first store’s products or seeing its wishlists', async () => {
    const shopper = await newShopper(t.url, publicKey);
    await add(shopper, { variantId: variants['KITE'] });

    const other = await signUpStore(t.client(), 'Other Wish Shop');
    const otherShopper = await newShopper(t.url, await createWidgetKey(other.client));
    expect(await add(otherShopper, { variantId: variants['KITE'] })).toMatchObject({ __typename: 'ProductUnavailableError' });
    expect(await add(otherShopper, { productId: products['KITE'] })).toMatchObject({ __typename: 'ProductUnavailableError' });
    expect(await items(otherShopper)).toEqual([]);
    await otherShopper.ok(REMOVE, { input: { variantId: variants['KITE'] } });
    expect((await items(shopper)).map((i) => i.sku)).toEqual(['KITE']);
  });
});
