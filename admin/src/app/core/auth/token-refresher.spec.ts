import { AccessToken } from './access-token';
import { TokenRefresher } from './token-refresher';

describe('TokenRefresher', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  const fresh = AccessToken.issue('fresh', 900, now);
  const expired = AccessToken.issue('old', 900, now - 3_600_000);

  it('hands out a fresh token without calling the server', async () => {
    const renew = jest.fn(async () => AccessToken.issue('new', 900, now));
    const refresher = new TokenRefresher(renew, () => now);

    await expect(refresher.usable(fresh)).resolves.toBe(fresh);
    expect(renew).not.toHaveBeenCalled();
  });

  it('renews an expired token once even when many requests need it at the same time', async () => {
    let resolve!: (token: AccessToken) => void;
    const renew = jest.fn(() => new Promise<AccessToken | null>((r) => (resolve = r)));
    const refresher = new TokenRefresher(renew, () => now);

    const requests = [refresher.usable(expired), refresher.usable(expired), refresher.refresh()];
    expect(refresher.refreshing).toBe(true);
    const renewed = AccessToken.issue('new', 900, now);
    resolve(renewed);

    await expect(Promise.all(requests)).resolves.toEqual([renewed, renewed, renewed]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(refresher.refreshing).toBe(false);
  });

  it('renews again on a later expiry once the previous refresh has finished', async () => {
    const renew = jest.fn(async () => AccessToken.issue('new', 900, now));
    const refresher = new TokenRefresher(renew, () => now);

    await refresher.refresh();
    await refresher.refresh();
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('gives no token when the refresh is refused or the server is unreachable', async () => {
    const refused = new TokenRefresher(async () => null, () => now);
    const unreachable = new TokenRefresher(() => Promise.reject(new Error('offline')), () => now);

    await expect(refused.usable(expired)).resolves.toBeNull();
    await expect(unreachable.usable(expired)).resolves.toBeNull();
  });

  it('gives no token when nobody is signed in', async () => {
    const renew = jest.fn(async () => fresh);
    await expect(new TokenRefresher(renew, () => now).usable(null)).resolves.toBeNull();
    expect(renew).not.toHaveBeenCalled();
  });
});
