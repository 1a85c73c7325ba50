import { findLoaderScript, readLoaderConfig } from './loader-config';

function script(attributes: Record<string, string>): HTMLScriptElement {
  const element = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('readLoaderConfig', () => {
  it('talks to the origin the loader came from', () => {
    expect(readLoaderConfig(script({ src: 'https://chat.shopdesk.test/widget/widget.js', 'data-key': 'pk_1' }), 'https://luma.test/')).toEqual({
      publicKey: 'pk_1',
      apiBase: 'https://chat.shopdesk.test',
      assetBase: 'https://chat.shopdesk.test/widget/',
      locale: null,
    });
  });

  it('resolves a relative src against the page', () => {
    const config = readLoaderConfig(script({ src: '/widget/widget.js', 'data-key': 'pk_1' }), 'http://localhost:3000/shop');
    expect(config?.apiBase).toBe('http://localhost:3000');
    expect(config?.assetBase).toBe('http://localhost:3000/widget/');
  });

  it('lets data-api and data-locale override the defaults', () => {
    const config = readLoaderConfig(
      script({ src: 'https://cdn.test/widget/widget.js', 'data-key': 'pk_1', 'data-api': 'https://api.test/', 'data-locale': 'de' }),
      'https://luma.test/',
    );
    expect(config?.apiBase).toBe('https://api.test');
    expect(config?.assetBase).toBe('https://cdn.test/widget/');
    expect(config?.locale).toBe('de');
  });

  it('stays off without a store key', () => {
    expect(readLoaderConfig(script({ src: '/widget/widget.js' }), 'https://luma.test/')).toBeNull();
  });
});

describe('findLoaderScript', () => {
  it('finds the tag by its key when currentScript is gone (after an await, in a tag manager)', () => {
    const tag = script({ src: '/widget/widget.js', 'data-key': 'pk_1' });
    document.head.append(script({ src: '/other.js' }), tag);
    expect(findLoaderScript(document)).toBe(tag);
  });
});
