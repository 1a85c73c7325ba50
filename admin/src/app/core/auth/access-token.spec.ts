import { AccessToken } from './access-token';

describe('AccessToken', () => {
  const issuedAt = Date.UTC(2025, 0, 1, 12, 0, 0);

  it('is valid right after it was issued and expired once its lifetime has passed', () => {
    const token = AccessToken.issue('jwt', 900, issuedAt);
    expect(token.isExpired(issuedAt)).toBe(false);
    expect(token.isExpired(issuedAt + 10 * 60_000)).toBe(false);
    expect(token.isExpired(issuedAt + 900_000)).toBe(true);
  });

  it('counts a token about to expire as expired so a request does not arrive with a dead token', () => {
    const token = AccessToken.issue('jwt', 900, issuedAt);
    expect(token.isExpired(issuedAt + 900_000 - 2_000)).toBe(true);
  });

  it('schedules the refresh a minute before a 15 minute token expires', () => {
    const token = AccessToken.issue('jwt', 900, issuedAt);
    expect(token.refreshDelay(issuedAt)).toBe(840_000);
    expect(token.refreshDelay(issuedAt + 800_000)).toBe(40_000);
  });

  it('keeps a proportional margin for short-lived tokens', () => {
    const token = AccessToken.issue('jwt', 30, issuedAt);
    expect(token.refreshDelay(issuedAt)).toBe(24_000);
  });

  it('asks for an immediate refresh when the token is already past its refresh time', () => {
    const token = AccessToken.issue('jwt', 900, issuedAt);
    expect(token.refreshDelay(issuedAt + 2 * 3_600_000)).toBe(0);
    expect(AccessToken.issue('jwt', -5, issuedAt).refreshDelay(issuedAt)).toBe(0);
  });
});
