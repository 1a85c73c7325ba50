import { ChatApiError } from '../connection/chat-api-error';
import { settle } from '../testing/settle';
import { HOODIE_M, startShop, type ShopHarness } from '../testing/shop-harness';

let harness: ShopHarness;

beforeEach(() => {
  localStorage.clear();
  harness = startShop();
});

afterEach(() => harness.stop());

describe('ShopController', () => {
  it('keeps the cart from each change and reports it only when it really changed', async () => {
    const { shop, cartChanges } = harness;
    const added = await shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 2 });

    expect(added.ok).toBe(true);
    expect(shop.cart?.itemCount).toBe(2);
    expect(shop.cart?.total).toBe(2 * 52 + 5);
    await shop.refreshCart();
    expect(cartChanges.map((cart) => cart.itemCount)).toEqual([2]);
  });

  it('returns business failures with their code and leaves the cart as it was', async () => {
    const { shop } = harness;
    await shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 1 });
    const tooMany = await shop.changeCart({ kind: 'set', variantId: HOODIE_M.variantId, quantity: 9 });
    const badCode = await shop.changeCart({ kind: 'applyCode', code: 'NOPE' });

    expect(tooMany).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' });
    expect(badCode).toMatchObject({ ok: false, code: 'DISCOUNT_CODE_INVALID' });
    expect(shop.cart?.itemCount).toBe(1);
  });

  it('checks out with the conversation it came from and re-reads the emptied cart', async () => {
    const { shop, connection, server } = harness;
    connection.send('Show me hoodies');
    await settle();
    await shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 1 });

    const outcome = await shop.checkout('ada@example.test', '');
    await settle();

    expect(outcome).toMatchObject({ ok: true, value: { total: 57, paymentUrl: server.paymentUrl } });
    expect(server.checkouts).toEqual([{ email: 'ada@example.test', conversationId: server.conversationIds()[0] }]);
    expect(shop.cart?.itemCount).toBe(0);
  });

  it('turns an unreachable server into a failure the parts can show', async () => {
    const { shop, server } = harness;
    server.sessionError = new ChatApiError('NETWORK');

    expect(await shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 1 })).toEqual({
      ok: false,
      code: 'NETWORK',
      message: '',
    });
  });

  it('renews a refused token once and carries on with the request', async () => {
    const { shop, server } = harness;
    await shop.refreshCart();
    server.refusedTokens.add('token-1');

    const outcome = await shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 1 });

    expect(outcome.ok).toBe(true);
    expect(server.sessionCalls).toHaveLength(3);
  });
});
