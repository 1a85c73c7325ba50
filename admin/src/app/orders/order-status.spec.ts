import { orderActions } from './order-status';

describe('order actions', () => {
  it('offers marking paid only for orders waiting for a manual payment', () => {
    expect(orderActions('AWAITING_PAYMENT', 'manual')).toEqual(['markPaid', 'cancel']);
    expect(orderActions('AWAITING_PAYMENT', 'stripe')).toEqual(['cancel']);
  });

  it('lets staff cancel until the parcel leaves, then only deliver', () => {
    expect(orderActions('PROCESSING', 'stripe')).toEqual(['ship', 'cancel']);
    expect(orderActions('SHIPPED', 'stripe')).toEqual(['deliver']);
    expect(orderActions('CANCELLED', 'manual')).toEqual([]);
  });
});
