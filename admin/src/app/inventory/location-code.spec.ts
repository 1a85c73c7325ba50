import { locationProblem, suggestLocationCode } from './location-code';

describe('suggestLocationCode', () => {
  it('makes a short code from the name', () => {
    expect(suggestLocationCode('Shop floor')).toBe('shop-floor');
    expect(suggestLocationCode('  Lager Zürich #2 ')).toBe('lager-zurich-2');
  });
});

describe('locationProblem', () => {
  it('asks for a name and a free, simple code', () => {
    expect(locationProblem('Shop floor', 'shop-floor', ['main'])).toBeNull();
    expect(locationProblem(' ', 'x', [])).toMatch(/name/);
    expect(locationProblem('Shop', 'Shop Floor', [])).toMatch(/lowercase/);
    expect(locationProblem('Main', 'main', ['main'])).toMatch(/exists/);
  });
});
