import { installSnippet, parseOrigins } from './install-snippet';

describe('installSnippet', () => {
  it('points at the loader on this server with the key in data-key', () => {
    expect(installSnippet('https://chat.shopdesk.test/', 'pk_abc')).toBe(
      '<script src="https://chat.shopdesk.test/widget/widget.js" data-key="pk_abc" async></script>',
    );
  });
});

describe('parseOrigins', () => {
  it('reads origins separated by lines or commas, once each, without trailing slashes', () => {
    expect(parseOrigins('https://shop.example.com/\nhttps://*.brand.example, http://localhost:8080 https://shop.example.com')).toEqual({
      origins: ['https://shop.example.com', 'https://*.brand.example', 'http://localhost:8080'],
    });
  });

  it('names the first entry that is not an origin', () => {
    expect(parseOrigins('https://shop.example.com/checkout')).toEqual({ problem: expect.stringContaining('“https://shop.example.com/checkout”') });
    expect(parseOrigins('shop.example.com')).toEqual({ problem: expect.stringContaining('shop.example.com') });
    expect(parseOrigins('  ')).toEqual({ problem: expect.stringMatching(/at least one site/) });
  });
});
