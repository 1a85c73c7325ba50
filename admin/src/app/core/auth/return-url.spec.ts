import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('returns staff to the page they were on, with its query', () => {
    expect(safeReturnUrl('/conversations/42?status=waiting_for_human')).toBe('/conversations/42?status=waiting_for_human');
  });

  it('refuses addresses outside the app', () => {
    expect(safeReturnUrl('https://evil.example/phish')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/');
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeReturnUrl('/login')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=%2Forders')).toBe('/');
  });

  it('falls back when there is nothing to return to', () => {
    expect(safeReturnUrl(null)).toBe('/');
    expect(safeReturnUrl('', '/dashboard')).toBe('/dashboard');
  });
});
