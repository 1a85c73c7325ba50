import { niceCeiling } from './chart-scale';

describe('chart scale', () => {
  it('rounds the top of the scale up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(0);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(10)).toBe(10);
    expect(niceCeiling(11)).toBe(20);
    expect(niceCeiling(230)).toBe(500);
    expect(niceCeiling(501)).toBe(1000);
  });
});
