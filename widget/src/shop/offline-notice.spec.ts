import type { WidgetAvailability } from '../connection/chat-types';
import { mountElement, shadowOf, unmountElements } from '../testing/mount-element';
import { settle } from '../testing/settle';
import { startShop, type ShopHarness } from '../testing/shop-harness';
import './shop-elements';

const CLOSED: WidgetAvailability = { open: false, nextOpenAt: '2025-01-06T08:00:00.000Z', message: 'We are closed for the weekend.' };

let harness: ShopHarness;

beforeEach(() => {
  localStorage.clear();
  harness = startShop();
});

afterEach(() => {
  unmountElements();
  harness.stop();
});

describe('<shopdesk-offline-notice>', () => {
  it('shows nothing while the team is in', async () => {
    const notice = await mountElement('shopdesk-offline-notice', { availability: { ...CLOSED, open: true }, shop: harness.shop });
    expect(shadowOf(notice).querySelector('.banner, form')).toBeNull();
  });

  it('shows the store message and when the team is back', async () => {
    const notice = await mountElement('shopdesk-offline-notice', { availability: CLOSED, shop: harness.shop });
    expect(shadowOf(notice).querySelector('.banner')?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^We are closed for the weekend\. Back Jan 6, 2025, \d{1,2}:00\s?[AP]M\.$/,
    );
    expect(shadowOf(notice).querySelector('form')).toBeNull();
  });

  it('takes an email when the visitor asks for a person and confirms it', async () => {
    const notice = await mountElement('shopdesk-offline-notice', { availability: CLOSED, shop: harness.shop, asking: true });
    const root = shadowOf(notice);
    const email = root.getElementById('contact-email') as HTMLInputElement;
    expect(email.required).toBe(true);
    email.value = 'ada@example.test';
    (root.getElementById('contact-message') as HTMLInputElement).value = 'Do you ship to Norway?';

    root.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await settle();

    expect(harness.server.contactRequests).toEqual([{ email: 'ada@example.test', message: 'Do you ship to Norway?' }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Thanks! We will write to ada@example.test.');
  });

  it('keeps the form and explains when the email could not be sent', async () => {
    const notice = await mountElement('shopdesk-offline-notice', { availability: CLOSED, shop: harness.shop, asking: true });
    const root = shadowOf(notice);
    (root.getElementById('contact-email') as HTMLInputElement).value = 'not-an-email';

    root.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await settle();

    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Something went wrong. Please try again.');
    expect(root.querySelector('form')).not.toBeNull();
  });
});
