import { originAllowed } from './origin-matcher';

describe('originAllowed', () => {
  const allowed = ['https://shop.example.com', 'http://localhost:8080', 'https://*.brand.example'];

  it.each([
    ['https://shop.example.com', true],
    ['https://SHOP.example.com', true],
    ['http://shop.example.com', false],
    ['https://shop.example.com:8443', false],
    ['https://evilshop.example.com', false],
    ['https://shop.example.com.evil.net', false],
    ['http://localhost:8080', true],
    ['http://localhost:3000', false],
    ['https://eu.brand.example', true],
    ['https://brand.example', false],
    ['https://a.b.brand.example', false],
    ['https://evilbrand.example', false],
    ['null', false],
    [undefined, false],
  ])('%s → %s', (origin, expected) => {
    expect(originAllowed(origin, allowed)).toBe(expected);
  });
});
