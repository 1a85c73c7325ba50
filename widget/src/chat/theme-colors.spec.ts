import { DEFAULT_PRIMARY_COLOR, themeColors } from './theme-colors';

describe('themeColors', () => {
  it('puts white text on a dark brand colour and dark text on a light one', () => {
    expect(themeColors('#1e3a8a')).toEqual({ primary: '#1e3a8a', onPrimary: '#ffffff' });
    expect(themeColors('#fde047')).toEqual({ primary: '#fde047', onPrimary: '#111827' });
    expect(themeColors('#fff')).toEqual({ primary: '#fff', onPrimary: '#111827' });
  });

  it('falls back to the default colour for anything but a hex colour', () => {
    expect(themeColors('red; background: url(https://evil.test)').primary).toBe(DEFAULT_PRIMARY_COLOR);
    expect(themeColors(undefined).primary).toBe(DEFAULT_PRIMARY_COLOR);
  });
});
