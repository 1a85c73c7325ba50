import { newOrderNumber, normalizeOrderNumber } from './order-number';

describe('order numbers', () => {
  it('are two groups of four characters without look-alikes (0/O, 1/I/L)', () => {
    const numbers = Array.from({ length: 500 }, newOrderNumber);
    for (const n of numbers) expect(n).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('are found however the shopper types them', () => {
    expect(normalizeOrderNumber('k7m2 9qxd')).toBe('K7M2-9QXD');
    expect(normalizeOrderNumber(' K7M2-9QXD ')).toBe('K7M2-9QXD');
    expect(normalizeOrderNumber('k7m29qxd')).toBe('K7M2-9QXD');
  });
});
