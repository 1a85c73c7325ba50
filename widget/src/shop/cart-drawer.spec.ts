import { FAKE_DISCOUNT_CODE } from '../testing/fake-chat-transport';
import { buttonByText, mountElement, shadowOf, unmountElements } from '../testing/mount-element';
import { settle } from '../testing/settle';
import { HOODIE_M, startShop, type ShopHarness } from '../testing/shop-harness';
import type { ShopdeskCartDrawer } from './cart-drawer.component';
import './shop-elements';

let harness: ShopHarness;

/** The drawer re-renders from the cart its parent passes down, as `<shopdesk-chat>` does. */
async function mountDrawer(): Promise<ShopdeskCartDrawer> {
  const drawer = await mountElement('shopdesk-cart-drawer', { cart: harness.shop.cart, shop: harness.shop });
  harness.cartChanges.push = (...carts) => {
    drawer.cart = carts[carts.length - 1];
    return 0;
  };
  return drawer;
}

function field(drawer: ShopdeskCartDrawer, id: string): HTMLInputElement {
  return shadowOf(drawer).getElementById(id) as HTMLInputElement;
}

async function submit(form: HTMLFormElement): Promise<void> {
  form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
  await settle();
}

beforeEach(async () => {
  localStorage.clear();
  harness = startShop();
  await harness.shop.changeCart({ kind: 'add', variantId: HOODIE_M.variantId, quantity: 1 });
});

afterEach(() => {
  unmountElements();
  harness.stop();
});

describe('<shopdesk-cart-drawer>', () => {
  it('says so when the cart is empty', async () => {
    await harness.shop.changeCart({ kind: 'remove', variantId: HOODIE_M.variantId });
    const drawer = await mountElement('shopdesk-cart-drawer', { cart: harness.shop.cart, shop: harness.shop });
    expect(shadowOf(drawer).querySelector('.empty')?.textContent).toBe('Your cart is empty.');
  });

  it('lists the lines with labelled quantity steppers and updates the totals', async () => {
    const drawer = await mountDrawer();
    const root = shadowOf(drawer);
    expect(root.querySelector('.line-name')?.textContent).toBe('Hero HoodieHOODIE-M');
    expect(root.querySelector(`label[for="quantity-${HOODIE_M.variantId}"]`)?.textContent).toBe('Quantity of Hero Hoodie');

    root.querySelector<HTMLButtonElement>('[aria-label="One more Hero Hoodie"]')!.click();
    await settle();

    expect(field(drawer, `quantity-${HOODIE_M.variantId}`).value).toBe('2');
    expect(root.querySelector('dd.grand')?.textContent).toBe('$109.00');
    expect(root.querySelector('[aria-label="One less Hero Hoodie"]')?.hasAttribute('disabled')).toBe(false);
  });

  it('explains a quantity beyond the stock and removes a line', async () => {
    const drawer = await mountDrawer();
    const root = shadowOf(drawer);
    const quantity = field(drawer, `quantity-${HOODIE_M.variantId}`);
    quantity.value = '7';
    quantity.dispatchEvent(new Event('change'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('There is not enough stock for that quantity.');

    root.querySelector<HTMLButtonElement>('[aria-label="Remove Hero Hoodie"]')!.click();
    await settle();
    expect(root.querySelector('.empty')?.textContent).toBe('Your cart is empty.');
  });

  it('applies a discount code, says when one is not valid, and removes it again', async () => {
    const drawer = await mountDrawer();
    const root = shadowOf(drawer);
    field(drawer, 'discount-code').value = 'WRONG';
    await submit(field(drawer, 'discount-code').form!);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This discount code is not valid.');

    field(drawer, 'discount-code').value = FAKE_DISCOUNT_CODE;
    await submit(field(drawer, 'discount-code').form!);
    expect(root.querySelector('.applied strong')?.textContent).toBe(FAKE_DISCOUNT_CODE);
    expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).toContain('Discount');

    buttonByText(root, `Remove code ${FAKE_DISCOUNT_CODE}`).click();
    await settle();
    expect(root.querySelector('.applied')).toBeNull();
  });

  it('checks out with the email and shows the payment button', async () => {
    const drawer = await mountDrawer();
    const root = shadowOf(drawer);
    expect(field(drawer, 'checkout-email').required).toBe(true);
    field(drawer, 'checkout-email').value = 'ada@example.test';
    field(drawer, 'checkout-name').value = 'Ada';

    await submit(field(drawer, 'checkout-email').form!);

    expect(harness.server.checkouts).toEqual([{ email: 'ada@example.test', name: 'Ada' }]);
    expect(root.querySelector('.payment a')?.textContent).toBe('Pay $57.00 (opens in a new tab)');
    expect(root.querySelector('.payment p')?.textContent).toBe('Order K7M2-0001 is reserved for you.');
  });

  it('closes on Escape without letting the key reach the panel', async () => {
    const drawer = await mountDrawer();
    const closed = jest.fn();
    const panelKeys = jest.fn();
    drawer.addEventListener('shopdesk-cart-close', closed);
    document.body.addEventListener('keydown', panelKeys);

    buttonByText(shadowOf(drawer), '×').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));

    document.body.removeEventListener('keydown', panelKeys);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(panelKeys).not.toHaveBeenCalled();
  });
});
