// Each suite boots a server on a fresh database and imports a catalog.
jest.setTimeout(60_000);

import { addTeamMember, createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { ADD_TO_CART, APPLY_DISCOUNT, CART, CartShape, CHECKOUT, CREATE_DISCOUNT, newShopper, Result, seedProducts, UPDATE_SETTINGS } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CODE_FIELDS = 'id code kind value usageLimit usedCount expiresAt active';
const UPDATE_DISCOUNT = `mutation($input: UpdateDiscountCodeInput!) { updateDiscountCode(input: $input) { ${CODE_FIELDS} } }`;
const CODES = `query { discountCodes { ${CODE_FIELDS} } }`;

interface CodeShape {
  id: string;
  code: string;
  kind: string;
  value: number;
  usageLimit: number | null;
  usedCount: number;
  expiresAt: string | null;
  active: boolean;
}

describe('orders: staff correct a discount code', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Harbour Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [{ sku: 'KETTLE', name: 'Copper kettle', price: 80, stock: 100 }]);
    // No tax and no shipping: a cart's total is its goods less the discount.
    await store.client.ok(UPDATE_SETTINGS, { input: { taxRatePercent: 0, flatShipping: 0, freeShippingOver: null } });
  });
  afterAll(() => t.close());

  const codeNamed = async (client: GraphQLClient, code: string) => (await client.ok<{ discountCodes: CodeShape[] }>(CODES)).discountCodes.find((c) => c.code === code);
  const createCode = async (input: { code: string } & Record<string, unknown>) => {
    await store.client.ok(CREATE_DISCOUNT, { input });
    return (await codeNamed(store.client, input.code.toUpperCase()))!;
  };
  const edit = (client: GraphQLClient, input: Record<string, unknown>) => client.request<{ updateDiscountCode: CodeShape }>(UPDATE_DISCOUNT, { input });
  const shopperWithKettle = async () => {
    const c = await newShopper(t.url, publicKey);
    expect((await c.ok<{ addToCart: Result<CartShape> }>(ADD_TO_CART, { input: { variantId: ids['KETTLE'], quantity: 1 } })).addToCart.__typename).toBe('Cart');
    return c;
  };
  const cartOf = async (c: GraphQLClient) => (await c.ok<{ cart: CartShape }>(CART)).cart;
  const applyCode = async (c: GraphQLClient, code: string) => (await c.ok<{ applyDiscountCode: Result<CartShape> }>(APPLY_DISCOUNT, { code })).applyDiscountCode;
  const buyWith = async (code: string) => {
    const c = await shopperWithKettle();
    expect(await applyCode(c, code)).toMatchObject({ __typename: 'Cart', discountCode: code });
    const link = (await c.ok<{ checkout: { __typename: string } }>(CHECKOUT, { input: { email: 'sam@example.com', name: 'Sam' } })).checkout;
    expect(link.__typename).toBe('CheckoutLink');
  };

  it('changes what a shopper’s cart takes off when the owner corrects the value, type, limit and last day', async () => {
    const created = await createCode({ code: 'harbour', kind: 'percentage', value: 10, usageLimit: 5 });
    const shopper = await shopperWithKettle();
    expect(await applyCode(shopper, 'Harbour')).toMatchObject({ discountCode: 'HARBOUR', subtotal: 80, discount: 8, total: 72 });

    const fixed = await edit(store.client, { id: created.id, kind: 'fixed', value: 12.5, usageLimit: 3, expiresAt: '2031-01-31T23:59:59.999Z' });
    expect(fixed.errors).toBeUndefined();
    // The code text stays: orders placed with it still refer to it.
    expect(fixed.data!.updateDiscountCode).toEqual({ ...created, kind: 'fixed', value: 12.5, usageLimit: 3, expiresAt: '2031-01-31T23:59:59.999Z', active: true });
    expect(await cartOf(shopper)).toMatchObject({ discountCode: 'HARBOUR', discount: 12.5, total: 67.5 });

    // Null takes the limit and the last day away.
    const open = await edit(store.client, { id: created.id, kind: 'percentage', value: 25, usageLimit: null, expiresAt: null });
    expect(open.data!.updateDiscountCode).toMatchObject({ kind: 'percentage', value: 25, usageLimit: null, expiresAt: null });
    expect(await codeNamed(store.client, 'HARBOUR')).toMatchObject({ kind: 'percentage', value: 25, usageLimit: null, expiresAt: null });
    expect(await cartOf(shopper)).toMatchObject({ discountCode: 'HARBOUR', discount: 20, total: 60 });

    // A last day already past ends the code for carts that hold it.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect((await edit(store.client, { id: created.id, kind: 'percentage', value: 25, usageLimit: null, expiresAt: yesterday })).errors).toBeUndefined();
    expect(await cartOf(shopper)).toMatchObject({ discountCode: null, discount: 0, total: 80 });
    expect(await applyCode(shopper, 'HARBOUR')).toMatchObject({ __typename: 'DiscountCodeInvalidError', message: 'This discount code has expired' });
  });

  it('refuses a usage limit below the uses already counted and leaves the code as it was', async () => {
    const created = await createCode({ code: 'TWICE', kind: 'fixed', value: 5, usageLimit: 10 });
    await buyWith('TWICE');
    await buyWith('TWICE');
    expect(await codeNamed(store.client, 'TWICE')).toMatchObject({ usedCount: 2 });

    const lower = await edit(store.client, { id: created.id, kind: 'fixed', value: 9, usageLimit: 1, expiresAt: null });
    expect(errorCode(lower)).toBe('BAD_USER_INPUT');
    expect(lower.errors![0].message).toBe('This code was used 2 times already: the limit cannot be lower');
    expect(await codeNamed(store.client, 'TWICE')).toEqual({ ...created, usedCount: 2 });

    // As many as were used is allowed: the code is used up from then on.
    expect((await edit(store.client, { id: created.id, kind: 'fixed', value: 5, usageLimit: 2, expiresAt: null })).data!.updateDiscountCode).toMatchObject({ usageLimit: 2, usedCount: 2 });
    const late = await shopperWithKettle();
    expect(await applyCode(late, 'TWICE')).toMatchObject({ __typename: 'DiscountCodeInvalidError', message: 'This discount code has been used up' });
  });

  it('refuses invalid input: more than 100 %, nothing off, too much off, a malformed or unknown id, a missing field', async () => {
    const created = await createCode({ code: 'CHECKED', kind: 'percentage', value: 15 });
    const valid = { id: created.id, kind: 'percentage', value: 20, usageLimit: null, expiresAt: null };

    const tooMuch = await edit(store.client, { ...valid, value: 150 });
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors![0].message).toBe('A percentage cannot exceed 100 %');
    expect(errorCode(await edit(store.client, { ...valid, value: 0 }))).toBe('BAD_USER_INPUT');
    // An amount beyond what can be stored is refused as input, not failed in the database.
    const huge = await edit(store.client, { ...valid, kind: 'fixed', value: 1e9 });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(errorCode(await edit(store.client, { ...valid, kind: 'half' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await edit(store.client, { ...valid, usageLimit: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await edit(store.client, { ...valid, id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    // The admin sends the whole form; a field left out is not taken as "no limit".
    const { usageLimit: _omitted, ...withoutLimit } = valid;
    expect(errorCode(await edit(store.client, withoutLimit))).toBe('BAD_USER_INPUT');
    expect(errorCode(await edit(store.client, { ...valid, id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    expect(await codeNamed(store.client, 'CHECKED')).toEqual(created);
  });

  it('lets only staff who manage orders correct a code', async () => {
    const created = await createCode({ code: 'STAFF', kind: 'percentage', value: 5 });
    const agent = t.client();
    await addTeamMember(store.client, agent, 'Agent Dora', 'AGENT');
    expect(errorCode(await edit(agent, { id: created.id, kind: 'percentage', value: 90, usageLimit: null, expiresAt: null }))).toBe('FORBIDDEN');
    expect(await codeNamed(store.client, 'STAFF')).toEqual(created);

    const manager = t.client();
    await addTeamMember(store.client, manager, 'Manager Ivo', 'MANAGER');
    expect((await edit(manager, { id: created.id, kind: 'percentage', value: 7, usageLimit: null, expiresAt: null })).data!.updateDiscountCode).toMatchObject({ value: 7 });
  });

  it('shows a second store nothing of the first store’s codes and lets it change none', async () => {
    const created = await createCode({ code: 'MINE', kind: 'fixed', value: 10, usageLimit: 50 });
    const other = await signUpStore(t.client(), 'Snooping Harbour');

    expect((await other.client.ok<{ discountCodes: CodeShape[] }>(CODES)).discountCodes).toEqual([]);
    const res = await edit(other.client, { id: created.id, kind: 'percentage', value: 100, usageLimit: null, expiresAt: null });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe('Discount code not found');
    expect(await codeNamed(store.client, 'MINE')).toEqual(created);
    expect((await other.client.ok<{ discountCodes: CodeShape[] }>(CODES)).discountCodes).toEqual([]);
  });
});
