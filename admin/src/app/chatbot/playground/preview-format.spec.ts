import { argumentPairs, percent } from './preview-format';

describe('argumentPairs', () => {
  it('lists the arguments of a JSON object, strings bare and other values as JSON', () => {
    expect(argumentPairs('{"query":"hoodie","max_price":60,"brands":["Nike"]}')).toEqual(['query: hoodie', 'max_price: 60', 'brands: ["Nike"]']);
  });

  it('shows anything else as it came', () => {
    expect(argumentPairs('{}')).toEqual([]);
    expect(argumentPairs('not json')).toEqual(['not json']);
    expect(argumentPairs('[1,2]')).toEqual(['[1,2]']);
  });
});

describe('percent', () => {
  it('rounds and clamps to 0..100', () => {
    expect(percent(0.876)).toBe(88);
    expect(percent(1.2)).toBe(100);
    expect(percent(-0.1)).toBe(0);
  });
});
