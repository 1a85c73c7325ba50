import { extractPatternEntities, storeOrderNumber } from './entity-patterns';

describe('pattern entities', () => {
  it('finds the store order numbers however they are typed, and not hyphenated words', () => {
    expect(storeOrderNumber('where is my order kmhq-xrtw?')).toBe('KMHQ-XRTW');
    expect(storeOrderNumber('it is K7M2 9QXD')).toBe('K7M2-9QXD');
    expect(storeOrderNumber('order #: K7M29QXD thanks')).toBe('K7M2-9QXD');
    expect(storeOrderNumber('is this a half-time deal?')).toBeNull();
  });

  it('reads emails, digit order numbers, price ranges and quantities', () => {
    expect(extractPatternEntities('order 10045678, email Jane.Doe@Example.com')).toEqual([
      { type: 'email', value: 'jane.doe@example.com' },
      { type: 'order_number', value: '10045678' },
    ]);
    expect(extractPatternEntities('boots between 20 and 40 euros')).toEqual([
      { type: 'min_price', value: '20' },
      { type: 'max_price', value: '40' },
    ]);
    expect(extractPatternEntities('3 pieces under $50')).toEqual([
      { type: 'max_price', value: '50' },
      { type: 'quantity', value: '3' },
    ]);
  });
});
