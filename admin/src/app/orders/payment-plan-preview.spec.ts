import { previewPaymentPlan } from './payment-plan-preview';

describe('previewPaymentPlan', () => {
  it('splits into equal parts with the leftover cents on the first', () => {
    expect(previewPaymentPlan(100, 3, 30)).toEqual({ count: 3, intervalDays: 30, first: 33.34, rest: 33.33 });
    expect(previewPaymentPlan(204.59, 3, 14)).toEqual({ count: 3, intervalDays: 14, first: 68.21, rest: 68.19 });
  });

  it('shows nothing for a count the server would refuse', () => {
    expect(previewPaymentPlan(100, 1, 30)).toBeNull();
    expect(previewPaymentPlan(100, 13, 30)).toBeNull();
    expect(previewPaymentPlan(100, 2.5, 30)).toBeNull();
  });
});
