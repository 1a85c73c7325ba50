import { SNOOZE_OPTIONS, tomorrowAt } from './snooze-options';

describe('snooze options', () => {
  it('offers times in the future, the last within the two weeks the server accepts', () => {
    const now = new Date(2025, 5, 30, 22, 15);
    const times = SNOOZE_OPTIONS.map((option) => option.until(now).getTime());
    expect(times.every((t) => t > now.getTime())).toBe(true);
    expect(Math.max(...times) - now.getTime()).toBeLessThanOrEqual(14 * 24 * 3_600_000);
  });

  it('"tomorrow" crosses month ends and starts on the hour', () => {
    const morning = tomorrowAt(new Date(2025, 5, 30, 22, 15), 9);
    expect([morning.getMonth(), morning.getDate(), morning.getHours(), morning.getMinutes()]).toEqual([6, 1, 9, 0]);
  });
});
