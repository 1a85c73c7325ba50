import { formatChange, formatDuration, formatMoney, formatPercent, intentLabel, NO_VALUE, periodLabel } from './figure-format';

describe('how the dashboard words its figures', () => {
  it('shows rates as whole percentages and a dash when there is nothing to measure', () => {
    expect(formatPercent(0.125)).toBe('13%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe(NO_VALUE);
  });

  it('shows response times in seconds, minutes or hours', () => {
    expect(formatDuration(3200)).toBe('3.2 s');
    expect(formatDuration(150_000)).toBe('2.5 min');
    expect(formatDuration(5_400_000)).toBe('1.5 h');
    expect(formatDuration(null)).toBe(NO_VALUE);
  });

  it('shows amounts in the currency unit from minor units', () => {
    expect(formatMoney(123456)).toBe('1,234.56');
    expect(formatMoney(5)).toBe('0.05');
  });

  it('compares counts in percent and rates in percentage points', () => {
    expect(formatChange(12, 8, 'count')).toBe('+50%');
    expect(formatChange(6, 8, 'count')).toBe('−25%');
    expect(formatChange(8, 8, 'count')).toBe('±0%');
    expect(formatChange(5, 0, 'count')).toBeNull();
    expect(formatChange(0.3, 0.25, 'rate')).toBe('+5 pts');
    expect(formatChange(0.3, null, 'rate')).toBeNull();
  });

  it('names intents in words', () => {
    expect(intentLabel('order_status')).toBe('Order status');
    expect(intentLabel('shipping')).toBe('Shipping');
  });

  it('labels chart periods by day or month', () => {
    expect(periodLabel('2026-01-05', false)).toBe('5 Jan');
    expect(periodLabel('2026-01-01', true)).toBe('Jan 2026');
  });
});
