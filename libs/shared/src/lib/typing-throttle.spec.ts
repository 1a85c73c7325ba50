import { TYPING_IDLE_MS, TypingThrottle } from './typing-throttle';

describe('TypingThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('signals once when typing starts, repeats every few seconds, and stops after a pause', () => {
    const signals: boolean[] = [];
    let now = 0;
    const throttle = new TypingThrottle((active) => signals.push(active), () => now);
    for (let i = 0; i < 10; i++) {
      now += 200;
      throttle.keystroke();
    }
    expect(signals).toEqual([true]);
    now += 3_000;
    throttle.keystroke();
    expect(signals).toEqual([true, true]);
    jest.advanceTimersByTime(TYPING_IDLE_MS);
    expect(signals).toEqual([true, true, false]);
  });

  it('stops at once when the message is sent, and only once', () => {
    const signals: boolean[] = [];
    const throttle = new TypingThrottle((active) => signals.push(active));
    throttle.keystroke();
    throttle.stop();
    throttle.stop();
    jest.advanceTimersByTime(TYPING_IDLE_MS);
    expect(signals).toEqual([true, false]);
  });
});
